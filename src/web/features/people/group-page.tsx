/** One group: its details (editable by staff) and its members. */
import { Link, useParams } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { ErrorBanner } from "../../ui/controls.tsx";
import { usePlaceName } from "../../ui/country-field.tsx";
import { Badge, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { DetailsCard } from "./details-card.tsx";
import { GroupForm } from "./group-form.tsx";
import { GroupMembers } from "./group-members.tsx";
import { type Group, useGroup, useSaveGroup } from "./use-group-queries.ts";

export function GroupPage() {
  const t = useT();
  const problemText = useProblemText();
  const { orgId, groupId } = useParams({ from: "/orgs/$orgId/groups/$groupId" });
  const group = useGroup(orgId, groupId);
  const canEdit = isStaff(useMembership(orgId)?.role);
  if (group.error) return <ErrorBanner>{problemText(group.error)}</ErrorBanner>;
  if (!group.data) return null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={group.data.name}
        subtitle={
          <Link to="/orgs/$orgId/groups" params={{ orgId }} className="text-brand-700 hover:underline">
            {t("groups.backToList")}
          </Link>
        }
      />
      <GroupDetailsCard orgId={orgId} group={group.data} canEdit={canEdit} />
      <GroupMembers orgId={orgId} group={group.data} canEdit={canEdit} />
    </div>
  );
}

function GroupDetailsCard({ orgId, group, canEdit }: { orgId: string; group: Group; canEdit: boolean }) {
  const t = useT();
  const placeName = usePlaceName();
  const save = useSaveGroup(orgId, group.id);
  return (
    <DetailsCard
      canEdit={canEdit}
      onClose={save.reset}
      form={(close) => (
        <GroupForm
          group={group}
          onSave={(input) => save.mutate(input, { onSuccess: close })}
          onCancel={close}
          isPending={save.isPending}
          error={save.error}
        />
      )}
    >
      <div className="flex flex-col gap-2 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <Badge>{t(`groups.kind.${group.kind}`)}</Badge>
          <span className="text-slate-700">{placeName(group.city, group.country)}</span>
        </p>
        {group.description && <p className="whitespace-pre-line text-slate-800">{group.description}</p>}
      </div>
    </DetailsCard>
  );
}
