/** A labelled number field (React Aria) that reads and shows numbers, or money with `formatOptions`, in the viewer's locale. */
import { Input, Label, NumberField } from "react-aria-components";
import { FieldHelp } from "./controls.tsx";
import { inputClass, labelClass } from "./styles.ts";

type NumberInputProps = {
  label: string;
  /** Null while the field is empty. */
  value: number | null;
  onChange: (value: number | null) => void;
  /** Already translated. */
  error?: string;
  description?: string;
  minValue?: number;
  formatOptions?: Intl.NumberFormatOptions;
  isRequired?: boolean;
};

export function NumberInput({ label, value, onChange, error, description, ...props }: NumberInputProps) {
  return (
    <NumberField
      {...props}
      value={value ?? Number.NaN}
      onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
      isInvalid={!!error}
      className="flex flex-col gap-1"
    >
      <Label className={labelClass}>{label}</Label>
      <Input className={`${inputClass} tabular-nums`} />
      <FieldHelp description={description} error={error} />
    </NumberField>
  );
}
