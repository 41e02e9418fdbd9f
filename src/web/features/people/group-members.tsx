/** A group's members: find a person to add, remove one, each linked to their page. */
import { useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { usePlaceName } from "../../ui/country-field.tsx";
import { Card, Cell, DataTable, EmptyState } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { SearchPicker } from "../../ui/search-picker.tsx";
import { PersonLink } from "./record-links.tsx";
import { type Group, useAddGroupMember, useRemoveGroupMember } from "./use-group-queries.ts";
import { usePeople } from "./use-people-queries.ts";

const suggestions = 10;

export function GroupMembers({ orgId, group, canEdit }: { orgId: string; group: Group; canEdit: boolean }) {
  const t = useT();
  const add = useAddGroupMember(orgId, group.id);
  const remove = useRemoveGroupMember(orgId, group.id);
  const problemText = useProblemText();
  const title = t("groups.members.title", { count: group.members.length });
  return (
    <Card title={title}>
      <div className="flex flex-col gap-4">
        {canEdit && <MemberPicker orgId={orgId} group={group} onPick={(personId) => add.mutate(personId)} />}
        <ErrorBanner>{problemText(add.error ?? remove.error)}</ErrorBanner>
        {group.members.length === 0 ? (
          <EmptyState>{t("groups.members.none")}</EmptyState>
        ) : (
          <MembersTable
            orgId={orgId}
            group={group}
            caption={title}
            onRemove={canEdit ? (id) => remove.mutate(id) : undefined}
          />
        )}
      </div>
    </Card>
  );
}

function MemberPicker({ orgId, group, onPick }: { orgId: string; group: Group; onPick: (personId: string) => void }) {
  const t = useT();
  const [query, setQuery] = useState("");
  const people = usePeople(orgId, { q: query || undefined }, suggestions);
  const memberIds = new Set(group.members.map((member) => member.id));
  return (
    <SearchPicker
      label={t("groups.members.add")}
      description={t("groups.members.addHint")}
      className="sm:max-w-md"
      options={(people.data?.items ?? [])
        .filter((person) => !memberIds.has(person.id))
        .map((person) => ({ id: person.id, label: person.fullName, description: person.email ?? undefined }))}
      onSearch={setQuery}
      onPick={onPick}
    />
  );
}

function MembersTable({
  orgId,
  group,
  caption,
  onRemove,
}: {
  orgId: string;
  group: Group;
  caption: string;
  onRemove?: (personId: string) => void;
}) {
  const t = useT();
  const placeName = usePlaceName();
  const headers = [t("people.field.fullName"), t("people.field.email"), t("people.list.place")];
  return (
    <DataTable caption={caption} headers={onRemove ? [...headers, t("groups.members.actions")] : headers}>
      {group.members.map((member) => (
        <tr key={member.id}>
          <Cell>
            <PersonLink orgId={orgId} person={member} />
          </Cell>
          <Cell>
            <span dir="ltr">{member.email}</span>
          </Cell>
          <Cell>{placeName(member.city, member.country)}</Cell>
          {onRemove && (
            <Cell>
              <Button
                variant="quiet"
                className="px-2 py-0.5"
                aria-label={t("groups.members.removeNamed", { name: member.fullName })}
                onPress={() => onRemove(member.id)}
              >
                {t("groups.members.remove")}
              </Button>
            </Cell>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
