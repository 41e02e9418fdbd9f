/** Someone nobody expected: name, and email and country when they give them; recorded and checked in at once. */
import { useState } from "react";
import { DialogTrigger } from "react-aria-components";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, FormActions, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { ModalDialog } from "../../ui/modal-dialog.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { useWalkIn } from "./attendance-queries.ts";

export function WalkInDialog({ orgId, eventId }: { orgId: string; eventId: string }) {
  const t = useT();
  return (
    <DialogTrigger>
      <Button variant="secondary" className="min-h-12 text-base">
        {t("attendance.walkIn.open")}
      </Button>
      <ModalDialog title={t("attendance.walkIn.title")}>
        {(close) => <WalkInForm orgId={orgId} eventId={eventId} onDone={close} />}
      </ModalDialog>
    </DialogTrigger>
  );
}

function WalkInForm({ orgId, eventId, onDone }: { orgId: string; eventId: string; onDone: () => void }) {
  const t = useT();
  const problemText = useProblemText();
  const walkIn = useWalkIn(orgId, eventId);
  const [fullName, setFullName] = useState("");
  const [email, setEmail] = useState("");
  const [country, setCountry] = useState<string | null>(null);
  const submit = () => walkIn.mutate({ fullName, email, country }, { onSuccess: onDone });
  return (
    <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-4">
      <ErrorBanner>{problemText(walkIn.error)}</ErrorBanner>
      <TextInput
        label={t("attendance.walkIn.name")}
        value={fullName}
        onChange={setFullName}
        isRequired
        dir="auto"
        autoComplete="off"
        error={problemText(walkIn.error, "fullName")}
      />
      <TextInput
        label={t("attendance.walkIn.email")}
        type="email"
        value={email}
        onChange={setEmail}
        autoComplete="off"
        error={problemText(walkIn.error, "email")}
      />
      <CountryField
        label={t("attendance.walkIn.country")}
        value={country}
        onChange={setCountry}
        error={problemText(walkIn.error, "country")}
      />
      <FormActions
        submitLabel={t("attendance.walkIn.submit")}
        cancelLabel={t("attendance.cancel")}
        onCancel={onDone}
        isPending={walkIn.isPending}
      />
    </ServerValidatedForm>
  );
}
