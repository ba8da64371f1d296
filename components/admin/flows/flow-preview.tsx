"use client";

import { ArrowLeft, ArrowRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { FlowStepRow } from "@/lib/flows/load-flow";
import { StepInput, type StepValue } from "../../flows/step-input";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import type { AssetChoice } from "./flow-editor";

/**
 * The flow as a customer goes through it, one step per screen. Answers live in this component only:
 * nothing is sent, so an admin can try a flow without creating a draft.
 */
export function FlowPreview({ steps, assets }: { steps: FlowStepRow[]; assets: AssetChoice[] }) {
  const t = useTranslations("settings.flows.preview");
  const common = useTranslations("common");
  const [index, setIndex] = useState(0);
  const [done, setDone] = useState(false);
  const [answers, setAnswers] = useState<Record<string, StepValue>>({});
  // Focus moves to the new screen's heading after Next or Back, not when the page opens.
  const [moves, setMoves] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moves > 0) headingRef.current?.focus();
  }, [moves]);
  const go = (next: () => void) => {
    setMoves((n) => n + 1);
    next();
  };

  const step = steps[index];
  if (!step) return <p className="text-sm text-muted-foreground">{t("noSteps")}</p>;
  const total = steps.length;
  const last = index === total - 1;

  return (
    <Card className="max-w-xl space-y-5">
      {done ? (
        <div className="space-y-3">
          <h3 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            {t("doneTitle")}
          </h3>
          <p className="text-sm text-muted-foreground">{t("doneText")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="outline" onClick={() => go(() => setDone(false))}>
              <ArrowLeft aria-hidden />
              {common("back")}
            </Button>
            <Button
              type="button"
              variant="primary"
              onClick={() =>
                go(() => {
                  setAnswers({});
                  setDone(false);
                  setIndex(0);
                })
              }
            >
              {t("restart")}
            </Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          className="space-y-5"
          onSubmit={(event) => {
            event.preventDefault();
            go(() => (last ? setDone(true) : setIndex(index + 1)));
          }}
        >
          <div className="space-y-2">
            <h3
              ref={headingRef}
              tabIndex={-1}
              className="text-sm font-medium text-muted-foreground focus:outline-none"
            >
              {t("progress", { current: index + 1, total })}
            </h3>
            <div aria-hidden className="h-1.5 overflow-hidden rounded-full bg-muted">
              <div
                className="h-full rounded-full bg-primary transition-[width]"
                style={{ width: `${((index + 1) / total) * 100}%` }}
              />
            </div>
          </div>
          <StepInput
            key={step.id}
            step={step}
            assets={assets}
            value={answers[step.id]}
            onChange={(value) => setAnswers((all) => ({ ...all, [step.id]: value }))}
          />
          <div className="flex flex-wrap justify-between gap-2">
            <Button
              type="button"
              variant="outline"
              disabled={index === 0}
              onClick={() => go(() => setIndex(index - 1))}
            >
              <ArrowLeft aria-hidden />
              {common("back")}
            </Button>
            <Button type="submit" variant="primary">
              {last ? t("finish") : t("next")}
              {last ? null : <ArrowRight aria-hidden />}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
