"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Dialog, DialogContent } from "../ui/dialog";
import { useShortcuts } from "./use-shortcuts";

const GROUPS = [
  { key: "list", items: ["jk", "enter", "x", "search"] },
  { key: "ticket", items: ["changeStatus"] },
  { key: "everywhere", items: ["help"] },
] as const;

const KEYS: Record<(typeof GROUPS)[number]["items"][number], string[]> = {
  jk: ["j", "k"],
  enter: ["Enter"],
  x: ["x"],
  search: ["/"],
  changeStatus: ["c"],
  help: ["?"],
};

/** "?" lists the keyboard shortcuts of the staff pages. */
export function ShortcutsHelp() {
  const t = useTranslations("shortcuts");
  const [open, setOpen] = useState(false);
  useShortcuts({ "?": () => setOpen(true) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent title={t("title")} description={t("description")}>
        <div className="space-y-4">
          {GROUPS.map((group) => (
            <section key={group.key} aria-labelledby={`shortcuts-${group.key}`}>
              <h3 id={`shortcuts-${group.key}`} className="mb-1 text-sm font-semibold">
                {t(`groups.${group.key}`)}
              </h3>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                {group.items.map((item) => (
                  <div key={item} className="contents">
                    <dt className="flex gap-1">
                      {KEYS[item].map((key) => (
                        <kbd
                          key={key}
                          className="rounded border border-border bg-muted px-1.5 font-mono text-xs"
                        >
                          {key}
                        </kbd>
                      ))}
                    </dt>
                    <dd className="text-muted-foreground">{t(`items.${item}`)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </DialogContent>
    </Dialog>
  );
}
