/** Visitors counted rather than registered (a festival): a count per country, or with the country not known. */
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { Card } from "../../ui/layout.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { useHeadcounts, useRecordHeadcounts } from "./attendance-queries.ts";

type CountDraft = { key: number; country: string | null; count: number | null };

export function AttendanceHeadcounts({ orgId, eventId }: { orgId: string; eventId: string }) {
  const t = useT();
  const headcounts = useHeadcounts(orgId, eventId);
  return (
    <Card title={t("attendance.headcounts.title")}>
      {headcounts.data && (
        <HeadcountsForm
          orgId={orgId}
          eventId={eventId}
          initial={headcounts.data.byCountry.map((row, key) => ({ key, ...row }))}
        />
      )}
    </Card>
  );
}

function HeadcountsForm({ orgId, eventId, initial }: { orgId: string; eventId: string; initial: CountDraft[] }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const record = useRecordHeadcounts(orgId, eventId);
  const [rows, setRows] = useState<CountDraft[]>(
    initial.length > 0 ? initial : [{ key: 0, country: null, count: null }],
  );
  const change = (key: number, patch: Partial<CountDraft>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const total = rows.reduce((sum, row) => sum + (row.count ?? 0), 0);
  const submit = () =>
    record.mutate({
      counts: rows
        .filter((row) => row.count !== null)
        .map((row) => ({ country: row.country, count: row.count as number })),
    });
  return (
    <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t("attendance.headcounts.intro")}</p>
      <ErrorBanner>{problemText(record.error)}</ErrorBanner>
      {record.isSuccess && <Notice>{t("attendance.headcounts.saved", { total: record.data.total })}</Notice>}
      {rows.map((row, index) => (
        <div key={row.key} className="grid items-end gap-3 sm:grid-cols-[1fr_10rem_auto]">
          <CountryField
            label={t("attendance.headcounts.country")}
            value={row.country}
            onChange={(country) => change(row.key, { country })}
            error={problemText(record.error, `counts.${index}.country`)}
          />
          <NumberInput
            label={t("attendance.headcounts.count")}
            value={row.count}
            minValue={1}
            onChange={(count) => change(row.key, { count })}
            error={problemText(record.error, `counts.${index}.count`)}
          />
          <Button
            variant="quiet"
            onPress={() => setRows((current) => current.filter((other) => other.key !== row.key))}
          >
            {t("attendance.headcounts.remove")}
          </Button>
        </div>
      ))}
      <p className="text-sm font-medium">{t("attendance.headcounts.total", { total: format.number(total) })}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onPress={() =>
            setRows((current) => [
              ...current,
              { key: Math.max(0, ...current.map((r) => r.key)) + 1, country: null, count: null },
            ])
          }
        >
          {t("attendance.headcounts.add")}
        </Button>
        <Button type="submit" isDisabled={record.isPending}>
          {t("attendance.headcounts.save")}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}
