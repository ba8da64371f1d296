import { z } from "zod";

export const accessCodeField = z
  .string({ message: "Enter the access code of your asset." })
  .trim()
  .min(1, "Enter the access code of your asset.")
  .max(40, "That is not an access code. Check the code and try again.");

const assetName = z
  .string({ message: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(120, "Keep the name under 120 characters.");

const responsibleIds = z
  .array(z.uuid("Choose employees from the list."), { message: "Choose employees from the list." })
  .max(100, "Choose at most 100 employees.")
  .default([])
  .transform((ids) => [...new Set(ids)]);

const assetId = z.uuid("Unknown asset.");

export const createAssetSchema = z.object({ name: assetName, responsibleIds });
export type CreateAssetInput = z.input<typeof createAssetSchema>;

export const updateAssetSchema = z.object({ assetId, name: assetName, responsibleIds });
export type UpdateAssetInput = z.input<typeof updateAssetSchema>;

export const assetRefSchema = z.object({ assetId });
export type AssetRefInput = z.input<typeof assetRefSchema>;

export const redeemAssetCodeSchema = z.object({ accessCode: accessCodeField });
export type RedeemAssetCodeInput = z.input<typeof redeemAssetCodeSchema>;
