"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useEffect, useState } from "react";
import { Button } from "../ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "../ui/dropdown-menu";

export const THEMES = ["system", "light", "dark"] as const;
type Theme = (typeof THEMES)[number];

/** The theme follows the system until someone picks one; the choice is kept in this browser. */
export function ThemeMenu() {
  const t = useTranslations("common.theme");
  const { theme, setTheme, resolvedTheme } = useTheme();
  // The stored choice is only known in the browser: render the neutral icon until mounted.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const Icon = !mounted ? Monitor : resolvedTheme === "dark" ? Moon : Sun;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={t("label")} title={t("label")}>
          <Icon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <ThemeChoices
          value={mounted ? ((theme as Theme | undefined) ?? "system") : "system"}
          onChange={setTheme}
        />
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

export function ThemeChoices({ value, onChange }: { value: Theme; onChange: (theme: Theme) => void }) {
  const t = useTranslations("common.theme");
  return (
    <DropdownMenuRadioGroup value={value} onValueChange={(next) => onChange(next as Theme)}>
      {THEMES.map((theme) => (
        <DropdownMenuRadioItem key={theme} value={theme}>
          {t(theme)}
        </DropdownMenuRadioItem>
      ))}
    </DropdownMenuRadioGroup>
  );
}
