/**
 * The kinds an organization plans events with: the built-in list (named in the catalogs, read-only) and the
 * organization's own kinds, which staff add, rename and delete. A kind events still use cannot be deleted.
 */
import type { ReactNode } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { ErrorBanner } from "../../ui/controls.tsx";
import { Card, Cell, DataTable, EmptyState } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { isolate } from "../programs/bidi-isolate.ts";
import { useKindName } from "./event-format.ts";
import { AddEventKindForm, RenameEventKindButton } from "./event-kind-forms.tsx";
import { type EventKind, type OwnKind, useEventKinds, useRemoveEventKind } from "./use-event-queries.ts";

export function EventKindsTab({ orgId }: { orgId: string }) {
  const t = useT();
  const kinds = useEventKinds(orgId);
  const kindName = useKindName(kinds.data);
  if (!kinds.data) return null;
  const own = kinds.data.filter((kind): kind is OwnKind => !kind.builtIn && kind.id !== null);
  const builtIn = kinds.data.filter((kind) => kind.builtIn);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-slate-600">{t("events.kinds.intro")}</p>
      <Card title={t("events.kinds.ownTitle")}>
        <OwnKinds orgId={orgId} kinds={own} kindName={kindName} />
      </Card>
      <AddEventKindForm orgId={orgId} />
      <Card title={t("events.kinds.builtInTitle")}>
        <KindTable caption={t("events.kinds.builtInTitle")} kinds={builtIn} kindName={kindName} />
      </Card>
    </div>
  );
}

type KindName = (key: string) => string;

function OwnKinds({ orgId, kinds, kindName }: { orgId: string; kinds: OwnKind[]; kindName: KindName }) {
  const t = useT();
  const problemText = useProblemText();
  const remove = useRemoveEventKind(orgId);
  if (kinds.length === 0) return <EmptyState>{t("events.kinds.ownEmpty")}</EmptyState>;
  return (
    <div className="flex flex-col gap-4">
      {/* A refusal (events still use the kind) comes after the confirmation dialog has closed, so it shows here. */}
      <ErrorBanner>{problemText(remove.error)}</ErrorBanner>
      <KindTable
        caption={t("events.kinds.ownTitle")}
        kinds={kinds}
        kindName={kindName}
        actions={(kind) => {
          const name = isolate(kindName(kind.key));
          return (
            <div className="flex flex-wrap gap-2">
              <RenameEventKindButton orgId={orgId} kind={kind} />
              <ConfirmButton
                label={t("events.kinds.remove")}
                title={t("events.kinds.removeTitle", { name })}
                message={t("events.kinds.removeMessage")}
                confirmLabel={t("events.kinds.remove")}
                cancelLabel={t("settings.cancel")}
                onConfirm={() => remove.mutate(kind.id)}
                isDisabled={remove.isPending}
              />
            </div>
          );
        }}
      />
    </div>
  );
}

function KindTable<Kind extends EventKind>({
  caption,
  kinds,
  kindName,
  actions,
}: {
  caption: string;
  kinds: Kind[];
  kindName: KindName;
  actions?: (kind: Kind) => ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  const headers = [t("events.kinds.column.name"), t("events.kinds.column.key"), t("events.kinds.column.events")];
  return (
    <DataTable caption={caption} headers={actions ? [...headers, t("events.kinds.column.actions")] : headers}>
      {kinds.map((kind) => (
        <tr key={kind.key}>
          <Cell className="font-medium">{kindName(kind.key)}</Cell>
          <Cell>
            <span dir="ltr" className="font-mono text-xs text-slate-600">
              {kind.key}
            </span>
          </Cell>
          <Cell className="tabular-nums">{format.number(kind.eventCount)}</Cell>
          {actions && <Cell>{actions(kind)}</Cell>}
        </tr>
      ))}
    </DataTable>
  );
}
