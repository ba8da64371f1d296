"use client";

import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import type { TaskCategory } from "@/lib/workflow/task-workflow";
import { Button } from "../ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "../ui/dropdown-menu";

export type TaskMove = { statusId: string; category: TaskCategory };

/** A task's "Change status" menu: exactly the moves the engine allows this person now. */
export function TaskStatusMenu({
  moves,
  disabled,
  onChoose,
}: {
  moves: TaskMove[];
  disabled: boolean;
  onChoose: (move: TaskMove) => void;
}) {
  const t = useTranslations();
  if (moves.length === 0) return null;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="primary" disabled={disabled}>
          {t("tickets.detail.changeStatus")}
          <ChevronDown aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        {moves.map((move) => (
          <DropdownMenuItem key={move.statusId} onSelect={() => onChoose(move)}>
            {t(`workflow.categories.${move.category}`)}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
