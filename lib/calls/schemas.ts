import { z } from "zod";
import { validation } from "../i18n/msg";

/** What browsers send each other through the app; the server only passes it on. */
export const signalPayloadSchema = z.discriminatedUnion("type", [
  /** `epoch`: when the sender joined (server time), so a newer page's offer beats one sent to an old page. */
  z.object({ type: z.literal("offer"), sdp: z.string().max(60_000), epoch: z.string().max(40).optional() }),
  z.object({ type: z.literal("answer"), sdp: z.string().max(60_000), epoch: z.string().max(40).optional() }),
  z.object({
    type: z.literal("candidate"),
    candidate: z.object({
      candidate: z.string().max(2_000),
      sdpMid: z.string().max(100).nullish(),
      sdpMLineIndex: z.number().int().min(0).max(100).nullish(),
      usernameFragment: z.string().max(200).nullish(),
    }),
  }),
]);
export type SignalPayload = z.infer<typeof signalPayloadSchema>;

const session = { sessionId: z.string().uuid(validation("unknownSession")) };

/** One route for a call's doors: the browser says what happened, one verb each. */
export const callRequestSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("join"), ...session }),
  z.object({ type: z.literal("signal"), ...session, to: z.string().uuid(), payload: signalPayloadSchema }),
  z.object({ type: z.literal("media_up"), ...session }),
  z.object({ type: z.literal("ping"), ...session }),
  /** `epoch`: when the page that goes away joined, so the others drop that page and not a newer one. */
  z.object({ type: z.literal("away"), ...session, epoch: z.string().max(40).optional() }),
  z.object({ type: z.literal("hang_up"), ...session }),
]);
export type CallRequest = z.infer<typeof callRequestSchema>;

/** What the stream delivers to one side: from whom, about which session, and what. */
export type DeliveredSignal = {
  sessionId: string;
  from: string;
  payload: SignalPayload | { type: "bye" } | { type: "left"; epoch?: string };
};
