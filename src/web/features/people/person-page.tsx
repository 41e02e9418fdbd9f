/** One person: details (editable by staff), the groups they belong to and their cohort enrollments. */
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { ConfirmDialog } from "../../ui/confirm-dialog.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Badge, Card, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { PersonDetails } from "./person-details.tsx";
import { PersonEnrollments } from "./person-enrollments.tsx";
import { PersonForm } from "./person-form.tsx";
import { useApiErrors } from "./use-api-errors.ts";
import { type Person, useDeletePerson, usePerson, useSavePerson } from "./use-people-queries.ts";

export function PersonPage() {
  const { orgId, personId } = useParams({ from: "/orgs/$orgId/people/$personId" });
  const person = usePerson(orgId, personId);
  const loadError = useApiErrors(person.error);
  if (person.error) return <ErrorBanner>{loadError.banner}</ErrorBanner>;
  if (!person.data) return null;
  return (
    <div className="flex flex-col gap-6">
      <PersonHeader orgId={orgId} person={person.data} />
      <PersonDetailsCard orgId={orgId} person={person.data} />
      <PersonGroups orgId={orgId} groups={person.data.groups} />
      <PersonEnrollments orgId={orgId} personId={personId} />
    </div>
  );
}

function PersonHeader({ orgId, person }: { orgId: string; person: Person }) {
  const t = useT();
  const navigate = useNavigate();
  const remove = useDeletePerson(orgId, person.id);
  const removeError = useApiErrors(remove.error);
  const canEdit = isStaff(useMembership(orgId)?.role);
  return (
    <>
      <PageHeader
        title={person.fullName}
        subtitle={
          <Link to="/orgs/$orgId/people" params={{ orgId }} className="text-brand-700 hover:underline">
            {t("people.backToList")}
          </Link>
        }
        actions={
          canEdit && (
            <ConfirmDialog
              triggerLabel={t("people.delete.button")}
              title={t("people.delete.title", { name: person.fullName })}
              confirmLabel={t("people.delete.confirm")}
              cancelLabel={t("people.cancel")}
              isPending={remove.isPending}
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => navigate({ to: "/orgs/$orgId/people", params: { orgId } }),
                })
              }
            >
              {t("people.delete.body")}
            </ConfirmDialog>
          )
        }
      />
      <ErrorBanner>{removeError.banner}</ErrorBanner>
    </>
  );
}

function PersonDetailsCard({ orgId, person }: { orgId: string; person: Person }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const save = useSavePerson(orgId, person.id);
  const canEdit = isStaff(useMembership(orgId)?.role);
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
      {editing ? (
        <PersonForm
          person={person}
          onSave={(input) => save.mutate(input, { onSuccess: () => setEditing(false) })}
          onCancel={() => {
            save.reset();
            setEditing(false);
          }}
          isPending={save.isPending}
          error={save.error}
        />
      ) : (
        <PersonDetails person={person} />
      )}
    </Card>
  );
}

function PersonGroups({ orgId, groups }: { orgId: string; groups: Person["groups"] }) {
  const t = useT();
  return (
    <Card title={t("people.groups.title")}>
      {groups.length === 0 ? (
        <EmptyState>{t("people.groups.none")}</EmptyState>
      ) : (
        <ul className="flex flex-wrap gap-3">
          {groups.map((group) => (
            <li key={group.id} className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2">
              <Link
                to="/orgs/$orgId/groups/$groupId"
                params={{ orgId, groupId: group.id }}
                className="font-medium text-brand-700 hover:underline"
              >
                {group.name}
              </Link>
              <Badge>{t(`groups.kind.${group.kind}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
