/** The roles a member can hold, as select options; only an owner may hand out ownership. */
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { useT } from "../../i18n/i18n.tsx";
import type { MyOrganization } from "../../session.ts";
import type { Option } from "../../ui/select-popover.tsx";

export type Role = MyOrganization["role"];

const roleLabels: Record<Role, MessageKey> = {
  owner: "roles.owner",
  admin: "roles.admin",
  program_manager: "roles.program_manager",
  mentor: "roles.mentor",
  participant: "roles.participant",
  partner_viewer: "roles.partner_viewer",
};

export function useRoleOptions(viewerRole: Role | undefined): Option[] {
  const t = useT();
  return (Object.keys(roleLabels) as Role[])
    .filter((role) => role !== "owner" || viewerRole === "owner")
    .map((role) => ({ id: role, label: t(roleLabels[role]) }));
}
