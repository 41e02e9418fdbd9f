/** CSOs, informal groups and teams: search, filter by kind, page through, and form a new group. */
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { Button, SelectInput } from "../../ui/controls.tsx";
import { usePlaceName } from "../../ui/country-field.tsx";
import { Badge, Card, Cell, DataTable, PageHeader } from "../../ui/layout.tsx";
import { PagedList } from "../../ui/paged-list.tsx";
import { SearchBox } from "../../ui/search-box.tsx";
import { GroupForm } from "./group-form.tsx";
import { type GroupsSearch, groupKinds } from "./people-search.ts";
import { GroupLink } from "./record-links.tsx";
import { useGroups, useSaveGroup } from "./use-group-queries.ts";

const anyKind = "any";

export function GroupsPage() {
  const t = useT();
  const { orgId } = useParams({ from: "/orgs/$orgId/groups" });
  const search = useSearch({ from: "/orgs/$orgId/groups" });
  const navigate = useNavigate({ from: "/orgs/$orgId/groups" });
  const groups = useGroups(orgId, search);
  const [creating, setCreating] = useState(false);
  const canEdit = isStaff(useMembership(orgId)?.role);
  const filter = (change: GroupsSearch) =>
    navigate({ search: (current) => ({ ...current, ...change, page: undefined }), replace: true });
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("nav.groups")}
        subtitle={groups.data && t("groups.count", { count: groups.data.total })}
        actions={canEdit && !creating && <Button onPress={() => setCreating(true)}>{t("groups.new")}</Button>}
      />
      {creating && <NewGroupCard orgId={orgId} onCancel={() => setCreating(false)} />}
      <div className="grid gap-3 sm:grid-cols-3">
        <SearchBox label={t("groups.search")} value={search.q ?? ""} onSearch={(q) => filter({ q: q || undefined })} />
        <SelectInput
          label={t("groups.field.kind")}
          options={[
            { id: anyKind, label: t("groups.kind.any") },
            ...groupKinds.map((id) => ({ id, label: t(`groups.kind.${id}`) })),
          ]}
          value={search.kind ?? anyKind}
          onChange={(kind) => filter({ kind: groupKinds.find((known) => known === kind) })}
        />
      </div>
      <PagedList
        list={groups}
        empty={t(search.q || search.kind ? "groups.list.noMatches" : "groups.list.empty")}
        onPageChange={(page) => navigate({ search: (current) => ({ ...current, page }) })}
      >
        {(items) => <GroupsTable orgId={orgId} groups={items} />}
      </PagedList>
    </div>
  );
}

function NewGroupCard({ orgId, onCancel }: { orgId: string; onCancel: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveGroup(orgId);
  return (
    <Card title={t("groups.new")}>
      <GroupForm
        onSave={(input) =>
          save.mutate(input, {
            onSuccess: (group) =>
              navigate({ to: "/orgs/$orgId/groups/$groupId", params: { orgId, groupId: group.id } }),
          })
        }
        onCancel={onCancel}
        isPending={save.isPending}
        error={save.error}
      />
    </Card>
  );
}

type GroupRow = NonNullable<ReturnType<typeof useGroups>["data"]>["items"][number];

function GroupsTable({ orgId, groups }: { orgId: string; groups: GroupRow[] }) {
  const t = useT();
  const format = useFormat();
  const placeName = usePlaceName();
  return (
    <DataTable
      caption={t("groups.list.caption")}
      headers={[t("groups.field.name"), t("groups.field.kind"), t("people.list.place"), t("groups.list.members")]}
    >
      {groups.map((group) => (
        <tr key={group.id} className="hover:bg-slate-50">
          <Cell>
            <GroupLink orgId={orgId} group={group} />
          </Cell>
          <Cell>
            <Badge>{t(`groups.kind.${group.kind}`)}</Badge>
          </Cell>
          <Cell>{placeName(group.city, group.country)}</Cell>
          <Cell className="tabular-nums">{format.number(group.memberCount)}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
