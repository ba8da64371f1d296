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

/** Lists exactly the statuses the engine allows this person now; nothing else is offered. */
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
          <DropdownMenuItem key={option.id} onSelect={() => onChoose(option)}>
            <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: option.color }} />
            {option.name}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
