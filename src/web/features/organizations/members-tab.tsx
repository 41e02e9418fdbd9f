/** Who belongs to the organization: change a member's role or remove them; an organization keeps at least one owner. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMe, useMembership } from "../../session.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { ErrorBanner } from "../../ui/controls.tsx";
import { InlineSelect } from "../../ui/inline-select.tsx";
import { Cell, DataTable } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { type Role, useRoleOptions } from "./role-options.ts";

type MemberAction = { userId: string } & ({ kind: "changeRole"; role: Role } | { kind: "remove" });

export function MembersTab({ orgId }: { orgId: string }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const me = useMe();
  const viewerRole = useMembership(orgId)?.role;
  const roleOptions = useRoleOptions(viewerRole);
  const members = useQuery({
    queryKey: ["members", orgId],
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].members.$get({ param: { orgId } })),
  });
  const act = useMutation({
    mutationFn: async (action: MemberAction) => {
      const member = api.api.orgs[":orgId"].members[":userId"];
      const param = { orgId, userId: action.userId };
      return action.kind === "remove"
        ? unwrap(await member.$delete({ param }))
        : unwrap(await member.$put({ param, json: { role: action.role } }));
    },
    // The viewer's own role may be what changed, so "me" is refreshed with the list.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["members", orgId] }),
        queryClient.invalidateQueries({ queryKey: ["me"] }),
      ]),
  });

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{members.data && t("members.count", { count: members.data.length })}</p>
      <ErrorBanner>{problemText(act.error)}</ErrorBanner>
      <DataTable
        caption={t("settings.tab.members")}
        headers={[t("members.name"), t("members.email"), t("members.role"), t("members.joined"), t("members.actions")]}
      >
        {members.data?.map((member) => {
          // Only an owner changes or removes an owner; the server refuses it to anyone else.
          const manageable = member.role !== "owner" || viewerRole === "owner";
          const isViewer = member.userId === me.data?.user.id;
          return (
            <tr key={member.userId}>
              <Cell className="font-medium">
                {member.name}
                {isViewer && <span className="ms-2 text-xs font-normal text-slate-500">{t("members.you")}</span>}
              </Cell>
              <Cell>
                <span dir="ltr">{member.email}</span>
              </Cell>
              <Cell>
                <InlineSelect
                  label={t("members.roleOf", { name: member.name })}
                  options={manageable ? roleOptions : [{ id: member.role, label: t(`roles.${member.role}`) }]}
                  value={member.role}
                  onChange={(role) => act.mutate({ kind: "changeRole", userId: member.userId, role: role as Role })}
                  isDisabled={!manageable || act.isPending}
                />
              </Cell>
              <Cell className="whitespace-nowrap text-slate-600">{format.dateTime(member.joinedAt)}</Cell>
              <Cell className="text-end">
                <ConfirmButton
                  label={t("members.remove")}
                  title={t("members.removeTitle", { name: member.name })}
                  message={t("members.removeMessage", { name: member.name })}
                  confirmLabel={t("members.remove")}
                  cancelLabel={t("settings.cancel")}
                  onConfirm={() => act.mutate({ kind: "remove", userId: member.userId })}
                  isDisabled={!manageable || act.isPending}
                />
              </Cell>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
