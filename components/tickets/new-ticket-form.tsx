"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { createTicketAction } from "@/app/actions/tickets";
import type { ActionError } from "@/lib/server/action-client";
import { formatTicketNumber } from "@/lib/tickets/types";
import type { Visibility } from "@/lib/workflow/ticket-categories";
import { validationText } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { FieldError, Input, Label, NativeSelect, Textarea } from "../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";

type FieldErrors = Partial<Record<"title" | "description" | "assetId" | "visibility", string[]>>;

export function NewTicketForm({
  assets,
  chooseVisibility,
  detailPath,
}: {
  assets: { id: string; name: string }[];
  chooseVisibility: boolean;
  detailPath: string;
}) {
  const t = useTranslations();
  const tn = useTranslations("tickets.new");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [visibility, setVisibility] = useState<Visibility>("public");
  const [error, setError] = useState<ActionError | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    startTransition(async () => {
      const result = await createTicketAction({
        title: String(data.get("title") ?? ""),
        description: String(data.get("description") ?? ""),
        assetId: String(data.get("assetId") ?? "") || null,
        visibility,
      });
      if (result?.validationErrors) {
        const v = result.validationErrors as Record<string, { _errors?: string[] } | string[] | undefined>;
        const pick = (value: { _errors?: string[] } | string[] | undefined) => {
          const list = !value ? undefined : Array.isArray(value) ? value : value._errors;
          return list?.map((m) => validationText(t, m));
        };
        setFields({
          title: pick(v.title),
          description: pick(v.description),
          assetId: pick(v.assetId),
          visibility: pick(v.visibility),
        });
        setError({ code: "invalid", message: t("errors.correctFields") });
        return;
      }
      if (result?.serverError) {
        setError(result.serverError);
        setFields((result.serverError.fieldErrors as FieldErrors) ?? {});
        return;
      }
      if (result?.data) {
        toast.success(tn("created", { number: formatTicketNumber(result.data.number) }));
        router.push(`${detailPath}/${result.data.number}`);
      }
    });
  };

  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {error ? <Alert>{error.message}</Alert> : null}
      <div className="space-y-1">
        <Label htmlFor="title">{tn("titleLabel")}</Label>
        <Input
          id="title"
          name="title"
          required
          maxLength={200}
          aria-invalid={Boolean(fields.title)}
          aria-describedby={fields.title ? "title-error" : undefined}
        />
        <FieldError id="title-error" messages={fields.title} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="description">{tn("description")}</Label>
        <Textarea
          id="description"
          name="description"
          rows={6}
          aria-invalid={Boolean(fields.description)}
          aria-describedby={fields.description ? "description-error" : undefined}
        />
        <FieldError id="description-error" messages={fields.description} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="assetId">{tn("asset")}</Label>
        <NativeSelect
          id="assetId"
          name="assetId"
          // A customer who holds one asset reports for it: nothing to pick.
          defaultValue={!chooseVisibility && assets.length === 1 ? assets[0]!.id : ""}
          aria-invalid={Boolean(fields.assetId)}
          aria-describedby={fields.assetId ? "asset-error" : undefined}
        >
          <option value="">{tn("noAsset")}</option>
          {assets.map((asset) => (
            <option key={asset.id} value={asset.id}>
              {asset.name}
            </option>
          ))}
        </NativeSelect>
        <FieldError id="asset-error" messages={fields.assetId} />
      </div>
      {chooseVisibility ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-foreground">{tn("visibility")}</legend>
          <RadioGroup
            aria-label={tn("visibility")}
            value={visibility}
            onValueChange={(v) => setVisibility(v as Visibility)}
          >
            {(["internal", "public"] as const).map((v) => (
              <div key={v} className="flex min-h-11 items-center gap-2 sm:min-h-0">
                <RadioGroupItem id={`visibility-${v}`} value={v} />
                <label htmlFor={`visibility-${v}`} className="text-sm">
                  {t(`workflow.visibility.${v}`)}
                </label>
              </div>
            ))}
          </RadioGroup>
          <p className="text-xs text-muted-foreground">{tn("internalHint")}</p>
        </fieldset>
      ) : null}
      <Button type="submit" variant="primary" disabled={pending}>
        {tn("submit")}
      </Button>
    </form>
  );
}
