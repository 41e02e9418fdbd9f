/** Recording someone new, then going to their page. */
import { useNavigate, useParams } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { PersonForm } from "./person-form.tsx";
import { useSavePerson } from "./use-people-queries.ts";

export function NewPersonPage() {
  const t = useT();
  const navigate = useNavigate();
  const { orgId } = useParams({ from: "/orgs/$orgId/people/new" });
  const save = useSavePerson(orgId);
  return (
    <div>
      <PageHeader title={t("people.new.title")} />
      <Card>
        <PersonForm
          onSave={(input) =>
            save.mutate(input, {
              onSuccess: (person) =>
                navigate({ to: "/orgs/$orgId/people/$personId", params: { orgId, personId: person.id } }),
            })
          }
          onCancel={() => navigate({ to: "/orgs/$orgId/people", params: { orgId } })}
          isPending={save.isPending}
          error={save.error}
        />
      </Card>
    </div>
  );
}
