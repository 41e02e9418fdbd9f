/** Search the organization's people or groups by name and pick the one to enroll. */
import { useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { ComboBoxField } from "../../ui/combo-box-field.tsx";
import { useDebouncedCallback } from "../../ui/use-debounced-callback.ts";
import { type EnrolleeKind, useEnrolleeSearch } from "./use-program-queries.ts";

type EnrolleePickerProps = {
  orgId: string;
  kind: EnrolleeKind;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  error?: string;
};

export function EnrolleePicker({ orgId, kind, selectedId, onSelect, error }: EnrolleePickerProps) {
  const t = useT();
  const [typed, setTyped] = useState("");
  const [searched, setSearched] = useState("");
  const search = useDebouncedCallback(setSearched, 250);
  const found = useEnrolleeSearch(orgId, kind, searched);
  const options = (found.data ?? []).map((enrollee) => ({
    id: enrollee.id,
    label: enrollee.name,
    description: enrollee.detail ?? undefined,
  }));
  return (
    <ComboBoxField
      label={t(`enrollments.pick.${kind}`)}
      items={options}
      inputValue={typed}
      onInputChange={(text) => {
        setTyped(text);
        search(text.trim());
      }}
      allowsEmptyCollection={found.isFetching}
      selectedKey={selectedId}
      onSelectionChange={(id) => {
        // The field shows the chosen name, not what was typed to find it.
        const chosen = options.find((option) => option.id === id);
        if (chosen) setTyped(chosen.label);
        onSelect(id);
      }}
      description={found.data?.length === 0 ? t("enrollments.noMatches") : t("enrollments.pickHint")}
      error={error}
    />
  );
}
