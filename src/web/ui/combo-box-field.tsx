/** A labelled combo box (React Aria): type to narrow a list of options, pick one with mouse or keyboard. */
import type { Key } from "react-aria-components";
import {
  Button as AriaButton,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from "react-aria-components";

export type ComboBoxOption = { id: string; label: string; description?: string };

type ComboBoxFieldProps = {
  label: string;
  /** Options the field narrows as the person types. */
  defaultItems?: ComboBoxOption[];
  /** Options already narrowed elsewhere (a server search); the field shows them as they are. */
  items?: ComboBoxOption[];
  selectedKey?: string | null;
  onSelectionChange?: (key: string | null) => void;
  inputValue?: string;
  onInputChange?: (value: string) => void;
  description?: string;
  error?: string;
  name?: string;
  autoFocus?: boolean;
  className?: string;
};

const fieldClass =
  "w-full rounded-md border border-slate-300 bg-white py-2 ps-3 pe-9 text-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 data-invalid:border-red-500";

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
      <Label className="text-sm font-medium text-slate-700">{label}</Label>
      <div className="relative">
        <Input className={fieldClass} />
        <AriaButton className="absolute inset-y-0 end-0 flex w-9 items-center justify-center text-slate-500 outline-none">
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      {description && (
        <Text slot="description" className="text-xs text-slate-500">
          {description}
        </Text>
      )}
      <FieldError className="text-xs text-red-700">{error}</FieldError>
      <Popover className="min-w-(--trigger-width) rounded-md border border-slate-200 bg-white shadow-lg">
        <ListBox<ComboBoxOption> className="max-h-72 overflow-auto p-1 outline-none">
          {(option) => (
            <ListBoxItem
              id={option.id}
              textValue={option.label}
              className="cursor-default rounded px-3 py-1.5 text-sm outline-none data-focused:bg-brand-50 data-selected:font-semibold"
            >
              <span className="block">{option.label}</span>
              {option.description && <span className="block text-xs text-slate-500">{option.description}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
