/** The organization's programs, and for staff the form that starts a new one. */
import { useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Card, Cell, DataTable, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ProgramForm } from "./program-form.tsx";
import { ProgramLink } from "./program-link.tsx";
import { usePrograms } from "./use-program-queries.ts";

export function ProgramsPage() {
  const t = useT();
  const { orgId } = useParams({ from: "/orgs/$orgId/programs" });
  const membership = useMembership(orgId);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const canCreate = isStaff(membership?.role) && !creating;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("programs.title")}
        actions={canCreate && <Button onPress={() => setCreating(true)}>{t("programs.new")}</Button>}
      />
      {creating && (
        <Card title={t("programs.new")}>
          <ProgramForm
            orgId={orgId}
            onSaved={(programId) => navigate({ to: "/orgs/$orgId/programs/$programId", params: { orgId, programId } })}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}
      <ProgramList orgId={orgId} />
    </div>
  );
}

function ProgramList({ orgId }: { orgId: string }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const programs = usePrograms(orgId);
  if (programs.error) return <ErrorBanner>{problemText(programs.error)}</ErrorBanner>;
  if (!programs.data) return null;
  if (programs.data.length === 0) return <EmptyState>{t("programs.empty")}</EmptyState>;
  return (
    <DataTable
      caption={t("programs.title")}
      headers={[
        t("programs.column.name"),
        t("programs.column.type"),
        t("programs.column.cohorts"),
        t("programs.column.commitment"),
      ]}
    >
      {programs.data.map((program) => (
        <tr key={program.id}>
          <Cell>
            <ProgramLink orgId={orgId} program={program} />
          </Cell>
          <Cell>{t(`programs.type.${program.type}`)}</Cell>
          <Cell className="tabular-nums">{format.number(program.cohortCount)}</Cell>
          <Cell>{program.commitmentHours !== null && t("programs.hours", { count: program.commitmentHours })}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
