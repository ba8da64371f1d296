"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { WorkItemKind } from "@/lib/workflow/work-item-kinds";

/** The window event LiveUpdates dispatches for every change signal it hears. */
export const ITEM_CHANGED_EVENT = "helpdesk:item-changed";
export type ItemChangedDetail = { kind: WorkItemKind; number: number };

/**
 * For server-rendered lists: re-renders the page when an item of this kind changes, at most once
 * per second however many signals arrive.
 */
export function RefreshOnChange({ kind }: { kind: WorkItemKind }) {
  const router = useRouter();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onChange = (event: Event) => {
      if ((event as CustomEvent<ItemChangedDetail>).detail.kind !== kind || timer) return;
      timer = setTimeout(() => {
        timer = null;
        router.refresh();
      }, 1_000);
    };
    window.addEventListener(ITEM_CHANGED_EVENT, onChange);
    return () => {
      window.removeEventListener(ITEM_CHANGED_EVENT, onChange);
      if (timer) clearTimeout(timer);
    };
  }, [kind, router]);
  return null;
}
