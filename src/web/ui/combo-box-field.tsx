/** A labelled combo box (React Aria): type to narrow a list of options, pick one with mouse or keyboard. */
import { Button as AriaButton, ComboBox, Input, type Key, Label } from "react-aria-components";
import { FieldHelp } from "./controls.tsx";
import { type Option, SelectPopover } from "./select-popover.tsx";
import { inputClass, labelClass } from "./styles.ts";

type ComboBoxFieldProps = {
  label: string;
  /** Options the field narrows as the person types. */
  defaultItems?: Option[];
  /** Options already narrowed elsewhere (a server search); the field shows them as they are. */
  items?: Option[];
  selectedKey?: string | null;
  onSelectionChange?: (key: string | null) => void;
  inputValue?: string;
  onInputChange?: (value: string) => void;
  /** Keep the list open while a search is under way, so results that arrive after the last keystroke show. */
  allowsEmptyCollection?: boolean;
  description?: string;
  error?: string;
  autoFocus?: boolean;
  className?: string;
};

export function ComboBoxField({
  label,
  description,
  error,
  onSelectionChange,
  className,
  ...props
}: ComboBoxFieldProps) {
  return (
    <ComboBox
      {...props}
      isInvalid={!!error}
      onSelectionChange={(key: Key | null) => onSelectionChange?.(key === null ? null : String(key))}
      className={`flex flex-col gap-1 ${className ?? ""}`}
    >
      <Label className={labelClass}>{label}</Label>
      <div className="relative">
        {/* Room at the end for the button that opens the list. */}
        <Input className={`${inputClass} pe-9`} />
        <AriaButton className="absolute inset-y-0 end-0 flex w-9 items-center justify-center text-slate-500 outline-none">
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <FieldHelp description={description} error={error} />
      <SelectPopover />
    </ComboBox>
  );
}
