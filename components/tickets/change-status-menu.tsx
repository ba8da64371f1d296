"use client";

import { AlertTriangle, ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import type { StatusOption } from "@/lib/tickets/types";
import { Button } from "../ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "../ui/dropdown-menu";

/**
 * Lists exactly the statuses the engine allows this person now, each named by the status and
 * showing what entering it sets off ("sends SMS, opens payment") and what to watch out for ("pay
 * would be €0.00"), so nobody texts a customer by surprise.
 */
export function ChangeStatusMenu({
  options,
  disabled,
  open,
  onOpenChange,
  onChoose,
}: {
  options: StatusOption[];
  disabled: boolean;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  onChoose: (option: StatusOption) => void;
}) {
  const t = useTranslations("tickets.detail");
  if (options.length === 0) return null;
  return (
    <DropdownMenu open={open} onOpenChange={onOpenChange}>
      <DropdownMenuTrigger asChild>
        <Button variant="primary" disabled={disabled} aria-keyshortcuts="c">
          {t("changeStatus")}
          <ChevronDown aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="max-w-80">
        {options.map((option) => {
          const described = option.preview || option.warning;
          return (
            <DropdownMenuItem
              key={option.id}
              aria-label={option.name}
              aria-describedby={described ? `preview-${option.id}` : undefined}
              onSelect={() => onChoose(option)}
              className="items-start"
            >
              <span
                aria-hidden
                className="mt-1.5 size-2.5 shrink-0 rounded-full"
                style={{ backgroundColor: option.color }}
              />
              <span className="flex min-w-0 flex-col">
                <span>{option.name}</span>
                {described ? (
                  <span id={`preview-${option.id}`} className="text-xs text-muted-foreground">
                    {option.preview}
                    {option.warning ? (
                      <span className="flex items-center gap-1 font-medium text-amber-800 dark:text-amber-200">
                        <AlertTriangle aria-hidden className="size-3.5" />
                        {option.warning}
                      </span>
                    ) : null}
                  </span>
                ) : null}
              </span>
            </DropdownMenuItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
