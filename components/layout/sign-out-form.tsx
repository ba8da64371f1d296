"use client";

import { useRef } from "react";
import { removePushSubscriptionAction } from "@/app/actions/profile";

/**
 * This browser stops receiving the person's push notifications before they sign out: the next
 * person on a shared computer must not see them. Bounded, so signing out never hangs on it.
 */
async function forgetPushSubscription(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const work = (async () => {
    const subscription = await (
      await navigator.serviceWorker.getRegistration("/")
    )?.pushManager.getSubscription();
    if (!subscription) return;
    await removePushSubscriptionAction({ endpoint: subscription.endpoint });
    await subscription.unsubscribe();
  })();
  await Promise.race([work.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 2000))]);
}

export function SignOutForm({
  signOut,
  className,
  children,
}: {
  signOut: () => Promise<void>;
  className?: string;
  children: React.ReactNode;
}) {
  const forgotten = useRef(false);
  return (
    <form
      action={signOut}
      className={className}
      onSubmit={(event) => {
        if (forgotten.current) return;
        event.preventDefault();
        const form = event.currentTarget;
        void forgetPushSubscription().finally(() => {
          forgotten.current = true;
          form.requestSubmit();
        });
      }}
    >
      {children}
    </form>
  );
}
