/** Staff log hours done outside events (initiative work, volunteering): a day, hours and what was done. */
import { useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, Notice, TextInput } from "../../ui/controls.tsx";
import { DateInputField } from "../../ui/date-fields.tsx";
import { Card } from "../../ui/layout.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { useLogHours } from "./hours-queries.ts";

export function HoursLogForm({ orgId, enrollmentId, today }: { orgId: string; enrollmentId: string; today: string }) {
  const t = useT();
  const problemText = useProblemText();
  const log = useLogHours(orgId, enrollmentId);
  const [workedOn, setWorkedOn] = useState(today);
  const [hours, setHours] = useState<number | null>(null);
  const [description, setDescription] = useState("");
  const submit = () =>
    log.mutate(
      { workedOn, minutes: Math.round((hours ?? 0) * 60), description },
      {
        onSuccess: () => {
          setHours(null);
          setDescription("");
        },
      },
    );
  return (
    <Card title={t("hours.log.title")}>
      <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-4">
        <ErrorBanner>{problemText(log.error)}</ErrorBanner>
        {log.isSuccess && <Notice>{t("hours.log.saved")}</Notice>}
        <div className="grid gap-4 sm:grid-cols-2">
          <DateInputField
            label={t("hours.log.day")}
            value={workedOn}
            onChange={setWorkedOn}
            isRequired
            error={problemText(log.error, "workedOn")}
          />
          <NumberInput
            label={t("hours.log.hours")}
            value={hours}
            onChange={setHours}
            minValue={0.25}
            formatOptions={{ maximumFractionDigits: 2 }}
            isRequired
            error={problemText(log.error, "minutes")}
          />
        </div>
        <TextInput
          label={t("hours.log.description")}
          value={description}
          onChange={setDescription}
          isRequired
          dir="auto"
          error={problemText(log.error, "description")}
        />
        <Button type="submit" className="w-fit" isDisabled={log.isPending || !hours || !description.trim()}>
          {t("hours.log.submit")}
        </Button>
      </ServerValidatedForm>
    </Card>
  );
}
