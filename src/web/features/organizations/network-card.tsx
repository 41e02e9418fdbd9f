/** One network: its member organizations; the founder adds and removes members, any other member may leave. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { useState } from "react";
import { api, unwrap } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Button, ErrorBanner, TextInput } from "../../ui/controls.tsx";
import { useCountryName } from "../../ui/country-field.tsx";
import { Badge, Card } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";

type Network = InferResponseType<(typeof api.api.orgs)[":orgId"]["networks"]["$get"], 200>[number];

export function NetworkCard({ orgId, network }: { orgId: string; network: Network }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const countryName = useCountryName();
  const isFounder = network.foundingOrganizationId === orgId;
  const networkName = format.text(network.name);
  const remove = useMutation({
    mutationFn: async (memberId: string) =>
      unwrap(
        await api.api.orgs[":orgId"].networks[":networkId"].members[":memberId"].$delete({
          param: { orgId, networkId: network.id, memberId },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["networks", orgId] }),
  });

  const leave = !isFounder && (
    <ConfirmButton
      label={t("networks.leave")}
      title={t("networks.leaveTitle", { network: networkName })}
      message={t("networks.leaveMessage")}
      confirmLabel={t("networks.leave")}
      cancelLabel={t("settings.cancel")}
      onConfirm={() => remove.mutate(orgId)}
      isDisabled={remove.isPending}
    />
  );

  return (
    <Card title={networkName} actions={leave}>
      <div className="flex flex-col gap-4">
        {network.description && <p className="text-sm text-slate-700">{format.text(network.description)}</p>}
        <ErrorBanner>{problemText(remove.error)}</ErrorBanner>
        <h3 className="text-sm font-semibold text-slate-700">
          {t("networks.memberCount", { count: network.members.length })}
        </h3>
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {network.members.map((member) => {
            const memberName = format.text(member.name);
            return (
              <li key={member.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm">
                <span className="font-medium">{memberName}</span>
                <span dir="ltr" className="text-slate-500">
                  {member.slug}
                </span>
                {member.country && <span className="text-slate-500">{countryName(member.country)}</span>}
                {member.id === network.foundingOrganizationId && <Badge tone="green">{t("networks.founder")}</Badge>}
                {isFounder && member.id !== orgId && (
                  <span className="ms-auto">
                    <ConfirmButton
                      label={t("networks.remove")}
                      title={t("networks.removeTitle", { organization: memberName, network: networkName })}
                      message={t("networks.removeMessage")}
                      confirmLabel={t("networks.remove")}
                      cancelLabel={t("settings.cancel")}
                      onConfirm={() => remove.mutate(member.id)}
                      isDisabled={remove.isPending}
                    />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {isFounder && <AddMemberForm orgId={orgId} networkId={network.id} />}
      </div>
    </Card>
  );
}

function AddMemberForm({ orgId, networkId }: { orgId: string; networkId: string }) {
  const t = useT();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const [slug, setSlug] = useState("");
  const add = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.api.orgs[":orgId"].networks[":networkId"].members.$post({
          param: { orgId, networkId },
          json: { organizationSlug: slug.trim() },
        }),
      ),
    onSuccess: () => {
      setSlug("");
      return queryClient.invalidateQueries({ queryKey: ["networks", orgId] });
    },
  });

  return (
    <ServerValidatedForm onSubmit={() => add.mutate()} className="flex flex-col gap-3">
      <ErrorBanner>{problemText(add.error)}</ErrorBanner>
      <div className="grid items-start gap-3 sm:grid-cols-[1fr_auto]">
        <TextInput
          label={t("networks.addLabel")}
          description={t("networks.addHint")}
          value={slug}
          onChange={setSlug}
          error={problemText(add.error, "organizationSlug")}
          isRequired
          dir="ltr"
        />
        <Button type="submit" variant="secondary" isDisabled={add.isPending} className="sm:mt-6">
          {t("networks.add")}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}
