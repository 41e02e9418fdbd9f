/** After a session: tick who was there among the expected people (registrants, the cohort) and record them at once. */
import { useState } from "react";
import { DialogTrigger } from "react-aria-components";
import { useT } from "../../i18n/i18n.tsx";
import { CheckboxGroupField } from "../../ui/choice-fields.tsx";
import { Button, ErrorBanner, FormActions, Notice } from "../../ui/controls.tsx";
import { ModalDialog } from "../../ui/modal-dialog.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { useBulkAttendance, useCheckInList } from "./attendance-queries.ts";

export function AttendanceBulkDialog({ orgId, eventId }: { orgId: string; eventId: string }) {
  const t = useT();
  return (
    <DialogTrigger>
      <Button>{t("attendance.bulk.open")}</Button>
      <ModalDialog title={t("attendance.bulk.title")}>
        {(close) => <BulkForm orgId={orgId} eventId={eventId} onDone={close} />}
      </ModalDialog>
    </DialogTrigger>
  );
}

function BulkForm({ orgId, eventId, onDone }: { orgId: string; eventId: string; onDone: () => void }) {
  const t = useT();
  const problemText = useProblemText();
  const list = useCheckInList(orgId, eventId, "");
  const bulk = useBulkAttendance(orgId, eventId);
  const absent = (list.data?.items ?? []).filter((entry) => !entry.attendance);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <ServerValidatedForm
      onSubmit={() => bulk.mutate(chosen, { onSuccess: () => setChosen([]) })}
      className="flex flex-col gap-4"
    >
      <ErrorBanner>{problemText(bulk.error ?? list.error)}</ErrorBanner>
      {bulk.data && (
        <Notice>
          {t("attendance.bulk.done", { added: bulk.data.added, alreadyPresent: bulk.data.alreadyPresent })}
        </Notice>
      )}
      {list.data && absent.length === 0 ? (
        <>
          <p className="text-sm text-slate-600">{t("attendance.bulk.nobodyLeft")}</p>
          <Button variant="secondary" className="w-fit" onPress={onDone}>
            {t("attendance.close")}
          </Button>
        </>
      ) : (
        <>
          <Button
            variant="quiet"
            className="w-fit px-2 py-1"
            onPress={() => setChosen(absent.map((entry) => entry.personId))}
          >
            {t("attendance.bulk.selectAll", { count: absent.length })}
          </Button>
          <div className="max-h-80 overflow-y-auto">
            <CheckboxGroupField
              label={t("attendance.bulk.who")}
              options={absent.map((entry) => ({ id: entry.personId, label: entry.fullName }))}
              value={chosen}
              onChange={setChosen}
            />
          </div>
          <FormActions
            submitLabel={t("attendance.bulk.submit", { count: chosen.length })}
            cancelLabel={t("attendance.close")}
            onCancel={onDone}
            isPending={bulk.isPending || chosen.length === 0}
          />
        </>
      )}
    </ServerValidatedForm>
  );
}
