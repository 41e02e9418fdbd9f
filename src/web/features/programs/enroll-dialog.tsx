/** Staff enroll people or groups one after another: pick, choose role and status, enroll, and go on with the next. */
import { useState } from "react";
import { DialogTrigger, Label, Radio, RadioGroup } from "react-aria-components";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Button, ErrorBanner, Notice, SelectInput } from "../../ui/controls.tsx";
import { ModalDialog } from "../../ui/modal-dialog.tsx";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { isolate } from "./bidi-isolate.ts";
import { EnrolleePicker } from "./enrollee-picker.tsx";
import { useEnrollmentProblem } from "./enrollment-problem.ts";
import { useFieldProblems } from "./field-problems.ts";
import { type EnrollmentRole, enrollmentRoles } from "./program-options.ts";
import { type Cohort, type EnrolleeKind, useEnroll } from "./use-program-queries.ts";

export function EnrollDialog({ orgId, cohort }: { orgId: string; cohort: Cohort }) {
  const t = useT();
  const format = useFormat();
  const membership = useMembership(orgId);
  return (
    <DialogTrigger>
      <Button>{t("enrollments.enroll")}</Button>
      <ModalDialog
        title={t("enrollments.dialogTitle", { cohort: isolate(format.text(cohort.name, membership?.defaultLocale)) })}
      >
        {(close) => <EnrollForm orgId={orgId} cohort={cohort} onClose={close} />}
      </ModalDialog>
    </DialogTrigger>
  );
}

const defaultRole: Record<EnrolleeKind, EnrollmentRole> = { person: "participant", group: "team" };

function EnrollForm({ orgId, cohort, onClose }: { orgId: string; cohort: Cohort; onClose: () => void }) {
  const t = useT();
  const [kind, setKind] = useState<EnrolleeKind>("person");
  const [enrolleeId, setEnrolleeId] = useState<string | null>(null);
  const [role, setRole] = useState<EnrollmentRole>("participant");
  const [status, setStatus] = useState<"active" | "invited">("active");
  const [pickerKey, setPickerKey] = useState(0);
  const enroll = useEnroll(orgId, cohort.id);
  const enrollmentProblem = useEnrollmentProblem(cohort.capacity);
  const chosen = enrolleeId ?? undefined;
  const values = { ...(kind === "person" ? { personId: chosen } : { groupId: chosen }), role, status };
  const problemAt = useFieldProblems({ error: enroll.error, sent: enroll.variables }, values);
  const chooseKind = (next: EnrolleeKind) => {
    setKind(next);
    setRole(defaultRole[next]);
    setEnrolleeId(null);
  };
  const submit = () => {
    if (!enrolleeId) return;
    enroll.mutate(values, {
      onSuccess: () => {
        setEnrolleeId(null);
        // A fresh picker for the next person, with an empty search.
        setPickerKey((key) => key + 1);
      },
    });
  };
  return (
    <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-4">
      {enroll.isSuccess && <Notice>{t("enrollments.enrolled", { name: isolate(enroll.data.name) })}</Notice>}
      <ErrorBanner>{enrollmentProblem(enroll.error)}</ErrorBanner>
      <RadioGroup
        value={kind}
        onChange={(next) => chooseKind(next as EnrolleeKind)}
        orientation="horizontal"
        className="flex flex-col gap-1"
      >
        <Label className="text-sm font-medium text-slate-700">{t("enrollments.kindLabel")}</Label>
        <div className="flex w-fit rounded-md border border-slate-300 p-0.5">
          {(["person", "group"] as const).map((option) => (
            <Radio
              key={option}
              value={option}
              className="cursor-default rounded px-4 py-1.5 text-sm outline-none data-focus-visible:ring-2 data-focus-visible:ring-brand-600 data-selected:bg-brand-600 data-selected:text-white"
            >
              {t(`enrollments.kind.${option}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <EnrolleePicker
        key={`${kind}-${pickerKey}`}
        orgId={orgId}
        kind={kind}
        selectedId={enrolleeId}
        onSelect={setEnrolleeId}
        error={problemAt(kind === "person" ? "personId" : "groupId")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectInput
          label={t("enrollments.column.role")}
          options={enrollmentRoles.map((option) => ({ id: option, label: t(`enrollments.role.${option}`) }))}
          value={role}
          onChange={(next) => setRole(next as EnrollmentRole)}
          error={problemAt("role")}
        />
        <SelectInput
          label={t("enrollments.column.status")}
          options={(["active", "invited"] as const).map((option) => ({
            id: option,
            label: t(`enrollments.status.${option}`),
          }))}
          value={status}
          onChange={(next) => setStatus(next as "active" | "invited")}
          error={problemAt("status")}
        />
      </div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onPress={onClose}>
          {t("enrollments.close")}
        </Button>
        <Button type="submit" isDisabled={!enrolleeId || enroll.isPending}>
          {t("enrollments.enroll")}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}
