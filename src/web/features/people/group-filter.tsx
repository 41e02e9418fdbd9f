/** Narrows the people list to one group: search groups and pick one, or clear the chosen group. */
import { useState } from "react";
import { Button } from "react-aria-components";
import { useT } from "../../i18n/i18n.tsx";
import { SearchPicker } from "../../ui/search-picker.tsx";
import { useGroup, useGroups } from "./use-group-queries.ts";

const suggestions = 10;

export function GroupFilter({
  orgId,
  groupId,
  onChange,
}: {
  orgId: string;
  groupId: string | undefined;
  onChange: (groupId: string | undefined) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState("");
  const groups = useGroups(orgId, { q: query || undefined }, suggestions);
  const chosen = useGroup(orgId, groupId);
  if (groupId) {
    return (
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700">{t("people.filter.group")}</span>
        <div className="flex items-center justify-between gap-2 rounded-md border border-brand-600 bg-brand-50 py-2 ps-3 pe-1 text-sm">
          <span className="truncate">{chosen.data?.name}</span>
          <Button
            aria-label={t("people.filter.clearGroup")}
            onPress={() => onChange(undefined)}
            className="rounded px-2 text-slate-600 outline-none hover:bg-white focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            <span aria-hidden="true">✕</span>
          </Button>
        </div>
      </div>
    );
  }
  return (
    <SearchPicker
      label={t("people.filter.group")}
      options={(groups.data?.items ?? []).map((group) => ({
        id: group.id,
        label: group.name,
        description: t(`groups.kind.${group.kind}`),
      }))}
      onSearch={setQuery}
      onPick={onChange}
    />
  );
}
