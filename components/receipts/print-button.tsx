"use client";

import { Printer } from "lucide-react";
import { Button } from "../ui/button";

/** Opens the browser's print dialog; never printed itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="primary" className="print:hidden" onClick={() => window.print()}>
      <Printer aria-hidden />
      {label}
    </Button>
  );
}
