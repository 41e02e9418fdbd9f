/** A checkbox, a group of checkboxes and a group of radio buttons on React Aria, labelled and announced with their errors. */
import type { ReactNode } from "react";
import { Checkbox, CheckboxGroup, Label, Radio, RadioGroup } from "react-aria-components";
import { FieldHelp } from "./controls.tsx";
import type { Option } from "./select-popover.tsx";
import { labelClass } from "./styles.ts";

const boxClass = "flex size-4 shrink-0 items-center justify-center rounded border text-[0.7rem] text-white";

function Box({ isSelected, round }: { isSelected: boolean; round?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`${boxClass} ${round ? "rounded-full" : ""} ${isSelected ? "border-brand-600 bg-brand-600" : "border-slate-400 bg-white"}`}
    >
      {isSelected && (round ? <span className="size-1.5 rounded-full bg-white" /> : "✓")}
    </span>
  );
}

const itemClass =
  "group flex cursor-default items-start gap-2 text-sm text-slate-800 outline-none data-focus-visible:[&>span:first-child]:ring-2 data-focus-visible:[&>span:first-child]:ring-brand-600";

export function CheckboxField({
  children,
  isSelected,
  onChange,
  error,
  description,
  isRequired,
}: {
  children: ReactNode;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  error?: string;
  description?: string;
  isRequired?: boolean;
}) {
  return (
    <div className="flex flex-col gap-1">
      <Checkbox
        isSelected={isSelected}
        onChange={onChange}
        isInvalid={!!error}
        isRequired={isRequired}
        className={itemClass}
      >
        {({ isSelected: selected }) => (
          <>
            <Box isSelected={selected} />
            <span className="-mt-0.5">{children}</span>
          </>
        )}
      </Checkbox>
      {description && <p className="text-xs text-slate-500">{description}</p>}
      {error && <p className="text-xs text-red-700">{error}</p>}
    </div>
  );
}

type GroupProps = {
  label: string;
  options: Option[];
  description?: string;
  error?: string;
  isRequired?: boolean;
};

export function CheckboxGroupField({
  label,
  options,
  value,
  onChange,
  description,
  error,
  isRequired,
}: GroupProps & { value: string[]; onChange: (value: string[]) => void }) {
  return (
    <CheckboxGroup
      value={value}
      onChange={onChange}
      isInvalid={!!error}
      isRequired={isRequired}
      className="flex flex-col gap-2"
    >
      <Label className={labelClass}>{label}</Label>
      {options.map((option) => (
        <Checkbox key={option.id} value={option.id} className={itemClass}>
          {({ isSelected }) => (
            <>
              <Box isSelected={isSelected} />
              <span className="-mt-0.5" lang={option.lang}>
                {option.label}
              </span>
            </>
          )}
        </Checkbox>
      ))}
      <FieldHelp description={description} error={error} />
    </CheckboxGroup>
  );
}

export function RadioGroupField({
  label,
  options,
  value,
  onChange,
  description,
  error,
  isRequired,
}: GroupProps & { value: string | null; onChange: (value: string) => void }) {
  return (
    <RadioGroup
      value={value}
      onChange={onChange}
      isInvalid={!!error}
      isRequired={isRequired}
      className="flex flex-col gap-2"
    >
      <Label className={labelClass}>{label}</Label>
      {options.map((option) => (
        <Radio key={option.id} value={option.id} className={itemClass}>
          {({ isSelected }) => (
            <>
              <Box isSelected={isSelected} round />
              <span className="-mt-0.5" lang={option.lang}>
                {option.label}
              </span>
            </>
          )}
        </Radio>
      ))}
      <FieldHelp description={description} error={error} />
    </RadioGroup>
  );
}
