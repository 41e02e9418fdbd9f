/** One person: details (editable by staff), the groups they belong to and their cohort enrollments. */
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { ErrorBanner } from "../../ui/controls.tsx";
import { Badge, Card, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { DetailsCard } from "./details-card.tsx";
import { PersonDetails } from "./person-details.tsx";
import { PersonEnrollments } from "./person-enrollments.tsx";
import { PersonForm } from "./person-form.tsx";
import { GroupLink } from "./record-links.tsx";
import { type Person, useDeletePerson, usePerson, useSavePerson } from "./use-people-queries.ts";

export function PersonPage() {
  const problemText = useProblemText();
  const { orgId, personId } = useParams({ from: "/orgs/$orgId/people/$personId" });
  const person = usePerson(orgId, personId);
  const canEdit = isStaff(useMembership(orgId)?.role);
  if (person.error) return <ErrorBanner>{problemText(person.error)}</ErrorBanner>;
  if (!person.data) return null;
  return (
    <div className="flex flex-col gap-6">
      <PersonHeader orgId={orgId} person={person.data} canEdit={canEdit} />
      <PersonDetailsCard orgId={orgId} person={person.data} canEdit={canEdit} />
      <PersonGroups orgId={orgId} groups={person.data.groups} />
      <PersonEnrollments orgId={orgId} personId={personId} />
    </div>
  );
}

type PersonProps = { orgId: string; person: Person; canEdit: boolean };

function PersonHeader({ orgId, person, canEdit }: PersonProps) {
  const t = useT();
  const problemText = useProblemText();
  const navigate = useNavigate();
  const remove = useDeletePerson(orgId, person.id);
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
            <ConfirmButton
              label={t("people.delete.button")}
              title={t("people.delete.title", { name: person.fullName })}
              message={t("people.delete.body")}
              confirmLabel={t("people.delete.confirm")}
              cancelLabel={t("people.cancel")}
              isDisabled={remove.isPending}
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => navigate({ to: "/orgs/$orgId/people", params: { orgId } }),
                })
              }
            />
          )
        }
      />
      <ErrorBanner>{problemText(remove.error)}</ErrorBanner>
    </>
  );
}

function PersonDetailsCard({ orgId, person, canEdit }: PersonProps) {
  const save = useSavePerson(orgId, person.id);
  return (
    <DetailsCard
      canEdit={canEdit}
      onClose={save.reset}
      form={(close) => (
        <PersonForm
          person={person}
          onSave={(input) => save.mutate(input, { onSuccess: close })}
          onCancel={close}
          isPending={save.isPending}
          error={save.error}
        />
      )}
    >
      <PersonDetails person={person} />
    </DetailsCard>
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
              <GroupLink orgId={orgId} group={group} />
              <Badge>{t(`groups.kind.${group.kind}`)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
