"use server";

import { createAsset } from "@/lib/assets/create-asset";
import { redeemAssetCode } from "@/lib/assets/redeem-asset-code";
import { regenerateAssetCode } from "@/lib/assets/regenerate-asset-code";
import {
  assetRefSchema,
  createAssetSchema,
  redeemAssetCodeSchema,
  updateAssetSchema,
} from "@/lib/assets/schemas";
import { updateAsset } from "@/lib/assets/update-asset";
import { actorAction } from "@/lib/server/action-client";
import { requestAddress } from "@/lib/server/request-address";

// Thin doors: parse, call one verb; the verb authorizes (admins manage, customers redeem).
export const createAssetAction = actorAction
  .inputSchema(createAssetSchema)
  .action(({ parsedInput, ctx }) => createAsset(ctx, parsedInput));

export const updateAssetAction = actorAction
  .inputSchema(updateAssetSchema)
  .action(({ parsedInput, ctx }) => updateAsset(ctx, parsedInput));

export const regenerateAssetCodeAction = actorAction
  .inputSchema(assetRefSchema)
  .action(({ parsedInput, ctx }) => regenerateAssetCode(ctx, parsedInput));

export const redeemAssetCodeAction = actorAction
  .inputSchema(redeemAssetCodeSchema)
  .action(async ({ parsedInput, ctx }) =>
    redeemAssetCode(ctx, parsedInput, { address: await requestAddress() }),
  );
