/** First run: the first organization and its owner; the owner is then signed in and lands in the organization. */
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api-client.ts";
import { useLocale, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, TextInput } from "../../ui/controls.tsx";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import {
  newOrganizationDraft,
  newOrganizationInput,
  OrganizationFields,
} from "../organizations/organization-fields.tsx";
import { useOpenOrganization } from "../organizations/use-open-organization.ts";
import { NewPasswordInput } from "./new-password-input.tsx";
import { requestSignIn } from "./sign-in-request.ts";

export function SetupPage() {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const openOrganization = useOpenOrganization();
  const [organization, setOrganization] = useState(() => newOrganizationDraft(locale));
  const [owner, setOwner] = useState({ name: "", email: "", password: "" });
  const setup = useMutation({
    mutationFn: async () => {
      const created = await unwrap(
        await api.api.setup.$post({ json: { organization: newOrganizationInput(organization), owner } }),
      );
      await requestSignIn(owner.email, owner.password);
      return created;
    },
    onSuccess: (created) => openOrganization(created.id),
  });
  const ownerIssue = (field: keyof typeof owner) => problemText(setup.error, `owner.${field}`);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader title={t("setup.title")} subtitle={t("setup.intro")} />
      <ServerValidatedForm onSubmit={() => setup.mutate()} className="flex flex-col gap-6">
        <ErrorBanner>{problemText(setup.error)}</ErrorBanner>
        <Card title={t("setup.organizationSection")}>
          <OrganizationFields
            value={organization}
            onChange={setOrganization}
            error={setup.error}
            issuePrefix="organization."
            addressEditable
          />
        </Card>
        <Card title={t("setup.ownerSection")}>
          <div className="flex flex-col gap-4">
            <p className="text-sm text-slate-600">{t("setup.ownerIntro")}</p>
            <TextInput
              label={t("setup.ownerName")}
              autoComplete="name"
              value={owner.name}
              onChange={(name) => setOwner({ ...owner, name })}
              error={ownerIssue("name")}
              isRequired
            />
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="email"
              value={owner.email}
              onChange={(email) => setOwner({ ...owner, email })}
              error={ownerIssue("email")}
              isRequired
              dir="ltr"
            />
            <NewPasswordInput
              value={owner.password}
              onChange={(password) => setOwner({ ...owner, password })}
              error={ownerIssue("password")}
            />
          </div>
        </Card>
        <div>
          <Button type="submit" isDisabled={setup.isPending}>
            {t("setup.submit")}
          </Button>
        </div>
      </ServerValidatedForm>
    </div>
  );
}
