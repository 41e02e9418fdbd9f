/** Find something by typing and pick it: the search runs once typing pauses, and a pick clears the field for the next one. */
import { useState } from "react";
import { ComboBoxField } from "./combo-box-field.tsx";
import type { Option } from "./select-popover.tsx";
import { useDebouncedCallback } from "./use-debounced-callback.ts";

export function SearchPicker({
  label,
  options,
  onSearch,
  onPick,
  description,
  className,
}: {
  label: string;
  options: Option[];
  onSearch: (text: string) => void;
  onPick: (id: string) => void;
  description?: string;
  className?: string;
}) {
  const [picks, setPicks] = useState(0);
  const search = useDebouncedCallback(onSearch);
  return (
    // A fresh field after each pick: empty and closed, with the focus kept in it for the next search.
    <ComboBoxField
      key={picks}
      autoFocus={picks > 0}
      label={label}
      items={options}
      selectedKey={null}
      description={description}
      className={className}
      onInputChange={(text) => search(text.trim())}
      onSelectionChange={(id) => {
        if (!id) return;
        onPick(id);
        onSearch("");
        setPicks((count) => count + 1);
      }}
    />
  );
}
