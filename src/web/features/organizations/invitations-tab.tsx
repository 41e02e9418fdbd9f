/** Invite someone by email with a role; follow each invitation's status and expiry, and revoke pending ones. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { api, unwrap } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Button, ErrorBanner, Notice, SelectInput, TextInput } from "../../ui/controls.tsx";
import { Badge, Card, Cell, DataTable, EmptyState } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { type Role, useRoleOptions } from "./role-options.ts";

export function InvitationsTab({ orgId }: { orgId: string }) {
  return (
    <div className="flex flex-col gap-6">
      <InviteForm orgId={orgId} />
      <InvitationList orgId={orgId} />
    </div>
  );
}

function InviteForm({ orgId }: { orgId: string }) {
  const t = useT();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions(useMembership(orgId)?.role);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("participant");
  const invite = useMutation({
    mutationFn: async () =>
      unwrap(await api.api.orgs[":orgId"].invitations.$post({ param: { orgId }, json: { email, role } })),
    onSuccess: () => {
      setEmail("");
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ["invitations", orgId] }),
        queryClient.invalidateQueries({ queryKey: ["outbox", orgId] }),
      ]);
    },
  });

  return (
    <Card title={t("invite.formTitle")}>
      <ServerValidatedForm onSubmit={() => invite.mutate()} className="flex flex-col gap-4">
        <ErrorBanner>{problemText(invite.error)}</ErrorBanner>
        {invite.data && (
          <Notice>
            {t("invite.sent", { email: invite.data.email })}{" "}
            <Link to="." search={{ tab: "outbox" }} className="font-semibold underline">
              {t("invite.openOutbox")}
            </Link>
          </Notice>
        )}
        <div className="grid items-start gap-4 sm:grid-cols-[1fr_14rem_auto]">
          <TextInput
            label={t("invite.email")}
            type="email"
            autoComplete="off"
            value={email}
            onChange={setEmail}
            error={problemText(invite.error, "email")}
            isRequired
            dir="ltr"
          />
          <SelectInput
            label={t("invite.role")}
            options={roleOptions}
            value={role}
            onChange={(value) => setRole(value as Role)}
            isRequired
          />
          <Button type="submit" isDisabled={invite.isPending} className="sm:mt-6">
            {t("invite.send")}
          </Button>
        </div>
      </ServerValidatedForm>
    </Card>
  );
}

const statusTones = { pending: "amber", accepted: "green", revoked: "slate", expired: "red" } as const;

function InvitationList({ orgId }: { orgId: string }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: ["invitations", orgId],
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].invitations.$get({ param: { orgId } })),
  });
  const revoke = useMutation({
    mutationFn: async (invitationId: string) =>
      unwrap(await api.api.orgs[":orgId"].invitations[":invitationId"].$delete({ param: { orgId, invitationId } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["invitations", orgId] }),
  });
  if (invitations.data?.length === 0) return <EmptyState>{t("invite.empty")}</EmptyState>;

  return (
    <div className="flex flex-col gap-3">
      <ErrorBanner>{problemText(revoke.error)}</ErrorBanner>
      <DataTable
        caption={t("settings.tab.invitations")}
        headers={[
          t("invite.email"),
          t("invite.role"),
          t("invite.statusColumn"),
          t("invite.expires"),
          t("members.actions"),
        ]}
      >
        {invitations.data?.map((invitation) => (
          <tr key={invitation.id}>
            <Cell>
              <span dir="ltr">{invitation.email}</span>
            </Cell>
            <Cell>{t(`roles.${invitation.role}`)}</Cell>
            <Cell>
              <Badge tone={statusTones[invitation.status]}>{t(`invite.status.${invitation.status}`)}</Badge>
            </Cell>
            <Cell className="whitespace-nowrap text-slate-600">
              {invitation.status === "pending" && format.dateTime(invitation.expiresAt)}
            </Cell>
            <Cell className="text-end">
              {invitation.status === "pending" && (
                <ConfirmButton
                  label={t("invite.revoke")}
                  title={t("invite.revokeTitle", { email: invitation.email })}
                  message={t("invite.revokeMessage")}
                  confirmLabel={t("invite.revoke")}
                  cancelLabel={t("settings.cancel")}
                  onConfirm={() => revoke.mutate(invitation.id)}
                  isDisabled={revoke.isPending}
                />
              )}
            </Cell>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
