/** The networks this organization belongs to, and founding a new one. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api-client.ts";
import { useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Card, EmptyState } from "../../ui/layout.tsx";
import { type LocalizedDraft, LocalizedTextFields, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { NetworkCard } from "./network-card.tsx";

export function NetworksTab({ orgId }: { orgId: string }) {
  const t = useT();
  const networks = useQuery({
    queryKey: ["networks", orgId],
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].networks.$get({ param: { orgId } })),
  });
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-slate-600">{t("networks.intro")}</p>
      {networks.data?.length === 0 && <EmptyState>{t("networks.empty")}</EmptyState>}
      {networks.data?.map((network) => (
        <NetworkCard key={network.id} orgId={orgId} network={network} />
      ))}
      <FoundNetworkForm orgId={orgId} />
    </div>
  );
}

function FoundNetworkForm({ orgId }: { orgId: string }) {
  const t = useT();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const defaultLocale = useMembership(orgId)?.defaultLocale;
  const [name, setName] = useState<LocalizedDraft>({});
  const [description, setDescription] = useState<LocalizedDraft>({});
  const found = useMutation({
    mutationFn: async () => {
      const described = withoutBlanks(description);
      const json = {
        name: withoutBlanks(name),
        description: Object.keys(described).length > 0 ? described : undefined,
      };
      return unwrap(await api.api.orgs[":orgId"].networks.$post({ param: { orgId }, json }));
    },
    onSuccess: () => {
      setName({});
      setDescription({});
      return queryClient.invalidateQueries({ queryKey: ["networks", orgId] });
    },
  });

  return (
    <Card title={t("networks.foundTitle")}>
      <ServerValidatedForm onSubmit={() => found.mutate()} className="flex flex-col gap-5">
        <p className="text-sm text-slate-600">{t("networks.foundIntro")}</p>
        <ErrorBanner>{problemText(found.error)}</ErrorBanner>
        <LocalizedTextFields
          label={t("networks.name")}
          value={name}
          onChange={setName}
          requiredLocale={defaultLocale as keyof LocalizedDraft}
          error={problemText(found.error, "name")}
        />
        <LocalizedTextFields
          label={t("networks.description")}
          value={description}
          onChange={setDescription}
          error={problemText(found.error, "description")}
        />
        <div>
          <Button type="submit" isDisabled={found.isPending}>
            {t("networks.found")}
          </Button>
        </div>
      </ServerValidatedForm>
    </Card>
  );
}
