/** A program's name in the organization's language, linking to its page. */
import { Link } from "@tanstack/react-router";
import type { LocalizedText } from "../../../shared/localized-text.ts";
import { useFormat } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";

export function ProgramLink({ orgId, program }: { orgId: string; program: { id: string; name: LocalizedText } }) {
  const format = useFormat();
  const organizationLocale = useMembership(orgId)?.defaultLocale;
  return (
    <Link
      to="/orgs/$orgId/programs/$programId"
      params={{ orgId, programId: program.id }}
      className="font-semibold text-brand-700 hover:underline"
    >
      {format.text(program.name, organizationLocale)}
    </Link>
  );
}
