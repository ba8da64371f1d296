import { Calendar, Camera, CircleHelp, type LucideProps, TriangleAlert, Video, Wrench } from "lucide-react";
import type { AssistantIcon as IconName } from "@/lib/flows/flow-input-types";

const ICONS = {
  wrench: Wrench,
  camera: Camera,
  alert: TriangleAlert,
  help: CircleHelp,
  calendar: Calendar,
  video: Video,
} as const satisfies Record<IconName, unknown>;

/** The picture of an assistant button; decorative, the label says what the button does. */
export function AssistantIcon({ icon, ...props }: { icon: IconName } & LucideProps) {
  const Icon = ICONS[icon] ?? Wrench;
  return <Icon aria-hidden {...props} />;
}
