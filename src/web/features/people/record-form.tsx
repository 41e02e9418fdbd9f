/** The frame of the person and group forms: the server's refusal, the fields in two columns, save and cancel. */
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { ErrorBanner, FormActions } from "../../ui/controls.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";

/** What a page gives a person's or a group's form: where the input goes, how to leave, and the last refusal. */
export type RecordFormProps<Input> = {
  onSave: (input: Input) => void;
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
};

type RecordFormFrameProps = Omit<RecordFormProps<never>, "onSave"> & { onSubmit: () => void; children: ReactNode };

export function RecordForm({ onSubmit, onCancel, isPending, error, children }: RecordFormFrameProps) {
  const t = useT();
  const problemText = useProblemText();
  return (
    <ServerValidatedForm onSubmit={onSubmit} className="flex flex-col gap-4">
      <ErrorBanner>{problemText(error)}</ErrorBanner>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
      <FormActions
        submitLabel={t("people.save")}
        cancelLabel={t("people.cancel")}
        onCancel={onCancel}
        isPending={isPending}
      />
    </ServerValidatedForm>
  );
}
