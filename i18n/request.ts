import { getRequestConfig } from "next-intl/server";
import { getRequestLocale } from "@/lib/auth/get-actor";
import { FORMATS } from "@/lib/i18n/formats";
import { MESSAGES, serverTimeZone } from "@/lib/i18n/translate";

/** next-intl's configuration per request: the reader's language, our formats, one time zone. */
export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: MESSAGES[locale], formats: FORMATS, timeZone: serverTimeZone() };
});
