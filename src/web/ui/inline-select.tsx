/** A compact select without a visible label, for a choice inside a table row; `label` still names it for screen readers. */
import { Button, Select, SelectValue } from "react-aria-components";
import { type Option, SelectPopover } from "./select-popover.tsx";

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
      <SelectPopover options={options} />
    </Select>
  );
}
