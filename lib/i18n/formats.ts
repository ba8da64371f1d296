import type { Formats } from "next-intl";
import { CURRENCY } from "../money";

/** The one way dates and amounts are written: `short` on screen, `full` in its tooltip. */
export const FORMATS = {
  dateTime: {
    short: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
    full: { dateStyle: "full", timeStyle: "long" },
    date: { day: "numeric", month: "short", year: "numeric" },
  },
  number: {
    money: { style: "currency", currency: CURRENCY },
  },
} satisfies Formats;
