/** A compact select without a visible label, for a choice inside a table row; `label` still names it for screen readers. */
import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import type { Option } from "./controls.tsx";

type InlineSelectProps = {
  label: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  isDisabled?: boolean;
};

export function InlineSelect({ label, options, value, onChange, isDisabled }: InlineSelectProps) {
  return (
    <Select
      aria-label={label}
      selectedKey={value}
      onSelectionChange={(key) => key !== null && key !== value && onChange(String(key))}
      isDisabled={isDisabled}
    >
      <Button className="flex min-w-40 items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-2 py-1 text-start text-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-600 disabled:border-transparent disabled:bg-transparent disabled:ps-0">
        <SelectValue />
        {!isDisabled && <span aria-hidden="true">▾</span>}
      </Button>
      <Popover className="min-w-(--trigger-width) rounded-md border border-slate-200 bg-white shadow-lg">
        <ListBox className="p-1 outline-none">
          {options.map((option) => (
            <ListBoxItem
              key={option.id}
              id={option.id}
              textValue={option.label}
              className="cursor-default rounded px-3 py-1.5 text-sm outline-none data-focused:bg-brand-50 data-selected:font-semibold"
            >
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
