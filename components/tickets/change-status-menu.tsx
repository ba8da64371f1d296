"use client";

import { ChevronDown } from "lucide-react";
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
 * showing what entering it sets off ("sends SMS, opens payment"), so nobody texts a customer by surprise.
 */
export function ChangeStatusMenu({
  options,
  disabled,
  onChoose,
}: {
  options: StatusOption[];
  disabled: boolean;
  onChoose: (option: StatusOption) => void;
}) {
  if (options.length === 0) return null;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="primary" disabled={disabled}>
          Change status
          <ChevronDown aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        {options.map((option) => (
          <DropdownMenuItem
            key={option.id}
            aria-label={option.name}
            aria-describedby={option.preview ? `preview-${option.id}` : undefined}
            onSelect={() => onChoose(option)}
            className="items-start"
          >
            <span
              aria-hidden
              className="mt-1.5 size-2.5 shrink-0 rounded-full"
              style={{ backgroundColor: option.color }}
            />
            <span className="flex flex-col">
              <span>{option.name}</span>
              {option.preview ? (
                <span id={`preview-${option.id}`} className="text-xs text-slate-500">
                  {option.preview}
                </span>
              ) : null}
            </span>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
