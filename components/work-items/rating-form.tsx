"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { Label, Textarea } from "../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";

/** Stars and a comment, for a done ticket or a finished call (radio group "Rating", "Submit rating"). */
export function RatingForm({
  disabled,
  onSubmit,
  title,
}: {
  disabled: boolean;
  onSubmit: (stars: number, comment: string) => void;
  /** The card's heading; a ticket's "Rate" heading by default. */
  title?: string;
}) {
  const t = useTranslations("portal.ticket");
  const [stars, setStars] = useState<string>("");
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <Card aria-labelledby="rate-heading">
      <CardTitle id="rate-heading">{title ?? t("rateTitle")}</CardTitle>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!stars) return setMissing(true);
          onSubmit(Number(stars), comment);
        }}
      >
        <RadioGroup
          aria-label={t("rating")}
          value={stars}
          onValueChange={(value) => {
            setStars(value);
            setMissing(false);
          }}
          aria-describedby={missing ? "rating-error" : undefined}
        >
          {["1", "2", "3", "4", "5"].map((value) => (
            <div key={value} className="flex min-h-11 items-center gap-1.5 sm:min-h-0">
              <RadioGroupItem id={`rating-${value}`} value={value} aria-label={value} />
              <label htmlFor={`rating-${value}`} className="px-1 text-sm">
                {value} ★
              </label>
            </div>
          ))}
        </RadioGroup>
        {missing ? (
          <p id="rating-error" className="text-sm text-destructive">
            {t("chooseStars")}
          </p>
        ) : null}
        <div className="space-y-1">
          <Label htmlFor="rating-comment">{t("comment")}</Label>
          <Textarea
            id="rating-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={2000}
          />
        </div>
        <Button type="submit" variant="primary" disabled={disabled}>
          {t("submitRating")}
        </Button>
      </form>
    </Card>
  );
}
