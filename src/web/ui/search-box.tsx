/** A labelled search field that reports what was typed once the typing pauses. */
import { useState } from "react";
import { Input, Label, SearchField } from "react-aria-components";
import { inputClass, labelClass } from "./styles.ts";
import { useDebouncedCallback } from "./use-debounced-callback.ts";

export function SearchBox({
  label,
  value,
  onSearch,
}: {
  label: string;
  value: string;
  onSearch: (text: string) => void;
}) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // The search changed from outside (back button, a link): show it instead of what was typed.
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }
  const search = useDebouncedCallback((next: string) => onSearch(next.trim()));
  return (
    <SearchField
      value={text}
      onChange={(next) => {
        setText(next);
        search(next);
      }}
      className="flex flex-col gap-1"
    >
      <Label className={labelClass}>{label}</Label>
      <Input className={inputClass} />
    </SearchField>
  );
}
