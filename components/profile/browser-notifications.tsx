"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { removePushSubscriptionAction, savePushSubscriptionAction } from "@/app/actions/profile";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

type State = "loading" | "unsupported" | "denied" | "off" | "on";

const supported = () =>
  typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window;

async function registration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  return navigator.serviceWorker.ready;
}

/** The application server key as the Push API takes it (bytes of the base64url key). */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Turns push notifications on or off for this browser (each browser is subscribed on its own). */
export function BrowserNotifications({ publicKey }: { publicKey: string | null }) {
  const t = useTranslations("profile.browserNotifications");
  const [state, setState] = useState<State>("loading");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!supported()) return setState("unsupported");
    if (Notification.permission === "denied") return setState("denied");
    void navigator.serviceWorker
      .getRegistration("/")
      .then((reg) => reg?.pushManager.getSubscription())
      .then((sub) => setState(sub ? "on" : "off"))
      .catch(() => setState("off"));
  }, []);

  if (!publicKey) return <p className="text-sm text-muted-foreground">{t("unavailable")}</p>;

  const turnOn = async () => {
    setBusy(true);
    setError(null);
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("denied");
      const reg = await registration();
      const existing = await reg.pushManager.getSubscription();
      const sub =
        existing ??
        (await reg.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(publicKey),
        }));
      const json = sub.toJSON();
      const saved = await savePushSubscriptionAction({
        endpoint: json.endpoint ?? "",
        keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" },
      });
      if (saved?.serverError || saved?.validationErrors) {
        await sub.unsubscribe();
        throw new Error(saved.serverError?.message ?? t("invalid"));
      }
      setState("on");
      toast.success(t("turnedOn"));
    } catch (e) {
      setError(t("failed", { error: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    setBusy(true);
    setError(null);
    try {
      const sub = await (await navigator.serviceWorker.getRegistration("/"))?.pushManager.getSubscription();
      if (sub) {
        await removePushSubscriptionAction({ endpoint: sub.endpoint });
        await sub.unsubscribe();
      }
      setState("off");
      toast.success(t("turnedOff"));
    } catch (e) {
      setError(t("failed", { error: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-3">
      {error ? <Alert>{error}</Alert> : null}
      <p className="text-sm text-muted-foreground" role="status">
        {state === "loading" ? "\u00a0" : t(state)}
      </p>
      {state === "off" ? (
        <Button type="button" variant="outline" disabled={busy} onClick={turnOn}>
          {t("turnOn")}
        </Button>
      ) : state === "on" ? (
        <Button type="button" variant="outline" disabled={busy} onClick={turnOff}>
          {t("turnOff")}
        </Button>
      ) : null}
    </div>
  );
}
