/** The details of a person or a group; staff swap them for the record's form until it is saved or cancelled. */
import { type ReactNode, useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/controls.tsx";
import { Card } from "../../ui/layout.tsx";

type DetailsCardProps = {
  canEdit: boolean;
  /** The form, given `close` to call once saved or cancelled. */
  form: (close: () => void) => ReactNode;
  /** Forgets the last save (its refusal), so the form opens clean next time. */
  onClose: () => void;
  children: ReactNode;
};

export function DetailsCard({ canEdit, form, onClose, children }: DetailsCardProps) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const close = () => {
    onClose();
    setEditing(false);
  };
  return (
    <Card
      title={t("people.details.title")}
      actions={
        canEdit &&
        !editing && (
          <Button variant="secondary" onPress={() => setEditing(true)}>
            {t("people.edit")}
          </Button>
        )
      }
    >
      {editing ? form(close) : children}
    </Card>
  );
}
