/** The way back up from a program or cohort page: Programs / program. */
import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";

export function ProgramsTrail({ orgId, program }: { orgId: string; program?: { id: string; name: string } }) {
  const t = useT();
  const linkClass = "text-brand-700 hover:underline";
  return (
    <nav aria-label={t("programs.trail")} className="mb-2 text-sm">
      <ol className="flex flex-wrap gap-2 text-slate-500">
        <li>
          <Link to="/orgs/$orgId/programs" params={{ orgId }} className={linkClass}>
            {t("programs.title")}
          </Link>
        </li>
        {program && (
          <li className="flex gap-2">
            <span aria-hidden="true">/</span>
            <Link to="/orgs/$orgId/programs/$programId" params={{ orgId, programId: program.id }} className={linkClass}>
              {program.name}
            </Link>
          </li>
        )}
      </ol>
    </nav>
  );
}
