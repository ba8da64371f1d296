export const DEVICE_PROBLEMS = ["denied", "noDevice", "busy", "unsupported", "failed"] as const;
export type DeviceProblem = (typeof DEVICE_PROBLEMS)[number];

/** What a person can do about a getUserMedia error, by its name. */
export function deviceProblem(error: unknown): DeviceProblem {
  switch ((error as { name?: string })?.name) {
    case "NotAllowedError":
    case "SecurityError":
      return "denied";
    case "NotFoundError":
    case "OverconstrainedError":
      return "noDevice";
    case "NotReadableError":
    case "AbortError":
      return "busy";
    default:
      return "failed";
  }
}

/** Camera and microphone, else the microphone alone (a laptop without a camera can still talk). */
export async function openMedia(): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
  } catch (error) {
    if (deviceProblem(error) !== "noDevice") throw error;
    return navigator.mediaDevices.getUserMedia({ audio: true });
  }
}
