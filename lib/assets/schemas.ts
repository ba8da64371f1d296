import { z } from "zod";
import { validation } from "../i18n/msg";

export const accessCodeField = z
  .string({ message: validation("accessCodeRequired") })
  .trim()
  .min(1, validation("accessCodeRequired"))
  .max(40, validation("accessCodeInvalid"));

const assetName = z
  .string({ message: validation("nameRequired") })
  .trim()
  .min(1, validation("nameRequired"))
  .max(120, validation("nameMax120"));

const responsibleIds = z
  .array(z.uuid(validation("chooseEmployees")), { message: validation("chooseEmployees") })
  .max(100, validation("employeesMax"))
  .default([])
  .transform((ids) => [...new Set(ids)]);

const assetId = z.uuid(validation("unknownAsset"));

export const createAssetSchema = z.object({ name: assetName, responsibleIds });
export type CreateAssetInput = z.input<typeof createAssetSchema>;

export const updateAssetSchema = z.object({ assetId, name: assetName, responsibleIds });
export type UpdateAssetInput = z.input<typeof updateAssetSchema>;

export const assetRefSchema = z.object({ assetId });
export type AssetRefInput = z.input<typeof assetRefSchema>;

export const redeemAssetCodeSchema = z.object({ accessCode: accessCodeField });
export type RedeemAssetCodeInput = z.input<typeof redeemAssetCodeSchema>;
