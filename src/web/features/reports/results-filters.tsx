/** The period (first and last day, by default this year) and whose results: the organization, a program or a network. */
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { SelectInput } from "../../ui/controls.tsx";
import { DateInputField } from "../../ui/date-fields.tsx";
import { isolate } from "../programs/bidi-isolate.ts";
import { usePrograms } from "../programs/use-program-queries.ts";
import type { ResultsSearch } from "./results-search.ts";
import { useNetworks } from "./use-results-queries.ts";

type FiltersProps = {
  orgId: string;
  search: ResultsSearch;
  /** The period the server answered for, shown while the address names none. */
  period?: { from: string; to: string };
  onChange: (change: ResultsSearch) => void;
};

export function ResultsFilters({ orgId, search, period, onChange }: FiltersProps) {
  const t = useT();
  const format = useFormat();
  const programs = usePrograms(orgId);
  const networks = useNetworks(orgId);
  const scopes = [
    { id: "organization", label: t("reports.scope.organization") },
    ...(programs.data ?? []).map((program) => ({
      id: `program:${program.id}`,
      label: t("reports.scope.program", { name: isolate(format.text(program.name)) }),
    })),
    ...(networks.data ?? []).map((network) => ({
      id: `network:${network.id}`,
      label: t("reports.scope.network", { name: isolate(format.text(network.name)) }),
    })),
  ];
  // A half-typed date changes nothing; a complete one shows its period at once.
  const changeDate = (field: "from" | "to") => (value: string) => value && onChange({ [field]: value });
  return (
    <div className="flex flex-wrap items-start gap-4">
      <DateInputField
        label={t("reports.period.from")}
        value={search.from ?? period?.from ?? ""}
        onChange={changeDate("from")}
        className="w-44"
      />
      <DateInputField
        label={t("reports.period.to")}
        value={search.to ?? period?.to ?? ""}
        onChange={changeDate("to")}
        className="w-44"
      />
      <SelectInput
        label={t("reports.scopeLabel")}
        options={scopes}
        value={search.scope ?? "organization"}
        onChange={(scope) => onChange({ scope: scope === "organization" ? undefined : scope })}
        className="min-w-96"
      />
    </div>
  );
}
