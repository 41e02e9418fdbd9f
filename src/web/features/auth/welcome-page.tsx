/** A signed-in person without an organization creates one, or learns that an invitation link brings them into one. */
import { useMutation } from "@tanstack/react-query";
import { Navigate } from "@tanstack/react-router";
import { useState } from "react";
import { api, unwrap } from "../../api-client.ts";
import { useLocale, useT } from "../../i18n/i18n.tsx";
import { useMe } from "../../session.ts";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import {
  newOrganizationDraft,
  newOrganizationInput,
  OrganizationFields,
} from "../organizations/organization-fields.tsx";
import { useOpenOrganization } from "../organizations/use-open-organization.ts";

export function WelcomePage() {
  const me = useMe();
  if (me.isPending) return null;
  if (!me.data) return <Navigate to="/sign-in" />;
  return <CreateOrganization name={me.data.user.name} />;
}

function CreateOrganization({ name }: { name: string }) {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const openOrganization = useOpenOrganization();
  const [organization, setOrganization] = useState(() => newOrganizationDraft(locale));
  const create = useMutation({
    mutationFn: async () => unwrap(await api.api.orgs.$post({ json: newOrganizationInput(organization) })),
    onSuccess: (created) => openOrganization(created.id),
  });

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader title={t("welcome.title", { name })} subtitle={t("welcome.intro")} />
      <Card title={t("welcome.createTitle")}>
        <ServerValidatedForm onSubmit={() => create.mutate()} className="flex flex-col gap-5">
          <ErrorBanner>{problemText(create.error)}</ErrorBanner>
          <OrganizationFields value={organization} onChange={setOrganization} error={create.error} addressEditable />
          <div>
            <Button type="submit" isDisabled={create.isPending}>
              {t("welcome.submit")}
            </Button>
          </div>
        </ServerValidatedForm>
      </Card>
    </div>
  );
}
