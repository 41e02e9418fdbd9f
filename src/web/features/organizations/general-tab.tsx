/** The organization's name per language, default language, time zone, currency and country. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Locale } from "../../../shared/i18n/locales.ts";
import { api, unwrap } from "../../api-client.ts";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Card } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { type OrganizationDraft, OrganizationFields, settingsInput } from "./organization-fields.tsx";

export function GeneralTab({ orgId }: { orgId: string }) {
  const organization = useQuery({
    queryKey: ["organization", orgId],
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].$get({ param: { orgId } })),
  });
  if (!organization.data) return null;
  const { slug, name, defaultLocale, timeZone, currency, country } = organization.data;
  return (
    <SettingsForm
      orgId={orgId}
      saved={{ slug, name, defaultLocale: defaultLocale as Locale, timeZone, currency, country }}
    />
  );
}

function SettingsForm({ orgId, saved }: { orgId: string; saved: OrganizationDraft }) {
  const t = useT();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(saved);
  const save = useMutation({
    mutationFn: async () => unwrap(await api.api.orgs[":orgId"].$put({ param: { orgId }, json: settingsInput(draft) })),
    onSuccess: (organization) => {
      queryClient.setQueryData(["organization", orgId], organization);
      // The organization switcher and page headers show the name from "me".
      return queryClient.invalidateQueries({ queryKey: ["me"] });
    },
  });

  return (
    <Card>
      <ServerValidatedForm onSubmit={() => save.mutate()} className="flex flex-col gap-5">
        <ErrorBanner>{problemText(save.error)}</ErrorBanner>
        {save.isSuccess && <Notice>{t("settings.saved")}</Notice>}
        <OrganizationFields value={draft} onChange={setDraft} error={save.error} addressEditable={false} />
        <div>
          <Button type="submit" isDisabled={save.isPending}>
            {t("settings.save")}
          </Button>
        </div>
      </ServerValidatedForm>
    </Card>
  );
}
