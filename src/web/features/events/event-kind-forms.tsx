/** Adding an organization's own event kind (a key and a name per language) and renaming one in a dialog. */
import { useState } from "react";
import { DialogTrigger } from "react-aria-components";
import type { Locale } from "../../../shared/i18n/locales.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Button, ErrorBanner, FormActions, TextInput } from "../../ui/controls.tsx";
import { Card } from "../../ui/layout.tsx";
import { type LocalizedDraft, LocalizedTextFields, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import { ModalDialog } from "../../ui/modal-dialog.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { isolate } from "../programs/bidi-isolate.ts";
import { type OwnKind, useAddEventKind, useRenameEventKind } from "./use-event-queries.ts";

export function AddEventKindForm({ orgId }: { orgId: string }) {
  const t = useT();
  const problemText = useProblemText();
  const defaultLocale = useMembership(orgId)?.defaultLocale as Locale | undefined;
  const [key, setKey] = useState("");
  const [name, setName] = useState<LocalizedDraft>({});
  const add = useAddEventKind(orgId);
  const submit = () =>
    add.mutate(
      { key: key.trim(), name: withoutBlanks(name) },
      {
        onSuccess: () => {
          setKey("");
          setName({});
        },
      },
    );
  return (
    <Card title={t("events.kinds.addTitle")}>
      <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-5">
        <ErrorBanner>{problemText(add.error)}</ErrorBanner>
        <TextInput
          label={t("events.kinds.key")}
          description={t("events.kinds.keyHint")}
          value={key}
          onChange={setKey}
          error={problemText(add.error, "key")}
          isRequired
          dir="ltr"
          className="sm:max-w-sm"
        />
        <LocalizedTextFields
          label={t("events.kinds.name")}
          value={name}
          onChange={setName}
          requiredLocale={defaultLocale}
          error={problemText(add.error, "name")}
        />
        <div>
          <Button type="submit" isDisabled={add.isPending}>
            {t("events.kinds.add")}
          </Button>
        </div>
      </ServerValidatedForm>
    </Card>
  );
}

export function RenameEventKindButton({ orgId, kind }: { orgId: string; kind: OwnKind }) {
  const t = useT();
  const format = useFormat();
  return (
    <DialogTrigger>
      <Button variant="secondary" className="px-3 py-1">
        {t("events.kinds.rename")}
      </Button>
      <ModalDialog title={t("events.kinds.renameTitle", { name: isolate(format.text(kind.name)) })}>
        {(close) => <RenameForm orgId={orgId} kind={kind} onDone={close} />}
      </ModalDialog>
    </DialogTrigger>
  );
}

function RenameForm({ orgId, kind, onDone }: { orgId: string; kind: OwnKind; onDone: () => void }) {
  const t = useT();
  const problemText = useProblemText();
  const defaultLocale = useMembership(orgId)?.defaultLocale as Locale | undefined;
  const [name, setName] = useState<LocalizedDraft>(kind.name ?? {});
  const rename = useRenameEventKind(orgId, kind.id);
  return (
    <ServerValidatedForm
      onSubmit={() => rename.mutate({ name: withoutBlanks(name) }, { onSuccess: onDone })}
      className="flex flex-col gap-5"
    >
      <ErrorBanner>{problemText(rename.error)}</ErrorBanner>
      <LocalizedTextFields
        label={t("events.kinds.name")}
        value={name}
        onChange={setName}
        requiredLocale={defaultLocale}
        error={problemText(rename.error, "name")}
      />
      <FormActions
        submitLabel={t("settings.save")}
        cancelLabel={t("settings.cancel")}
        onCancel={onDone}
        isPending={rename.isPending}
      />
    </ServerValidatedForm>
  );
}
