/** Form controls on React Aria Components: labels, descriptions and errors wired for screen readers. */
import type { ReactNode } from "react";
import {
  Button as AriaButton,
  type ButtonProps,
  FieldError,
  Input,
  Label,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from "react-aria-components";
import { type Option, SelectPopover } from "./select-popover.tsx";
import { type ButtonVariant, buttonClass, inputClass, labelClass } from "./styles.ts";

export function Button({ variant, className, ...props }: ButtonProps & { variant?: ButtonVariant }) {
  return <AriaButton {...props} className={`${buttonClass(variant)} ${className ?? ""}`} />;
}

/** A field's hint and its error (already translated), placed inside a React Aria field so both are announced. */
export function FieldHelp({ description, error }: { description?: string; error?: string }) {
  return (
    <>
      {description && (
        <Text slot="description" className="text-xs text-slate-500">
          {description}
        </Text>
      )}
      <FieldError className="text-xs text-red-700">{error}</FieldError>
    </>
  );
}

type FieldProps = {
  label: string;
  value?: string;
  onChange?: (value: string) => void;
  description?: string;
  error?: string;
  isRequired?: boolean;
  type?: string;
  autoComplete?: string;
  multiline?: boolean;
  dir?: "ltr" | "rtl" | "auto";
  className?: string;
};

/** A labelled text input; `error` (already translated) marks it invalid and is announced. */
export function TextInput({ label, description, error, multiline, dir, className, ...props }: FieldProps) {
  return (
    <TextField {...props} isInvalid={!!error} className={`flex flex-col gap-1 ${className ?? ""}`}>
      <Label className={labelClass}>{label}</Label>
      {multiline ? <TextArea rows={4} dir={dir} className={inputClass} /> : <Input dir={dir} className={inputClass} />}
      <FieldHelp description={description} error={error} />
    </TextField>
  );
}

export function SelectInput({
  label,
  options,
  value,
  onChange,
  error,
  isRequired,
  className,
}: {
  label: string;
  options: Option[];
  value: string | null;
  onChange: (value: string) => void;
  error?: string;
  isRequired?: boolean;
  className?: string;
}) {
  return (
    <Select
      selectedKey={value}
      onSelectionChange={(key) => key !== null && onChange(String(key))}
      isInvalid={!!error}
      isRequired={isRequired}
      className={`flex flex-col gap-1 ${className ?? ""}`}
    >
      <Label className={labelClass}>{label}</Label>
      <AriaButton className={`${inputClass} flex items-center justify-between text-start`}>
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <FieldHelp error={error} />
      <SelectPopover options={options} />
    </Select>
  );
}

export function ErrorBanner({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      {children}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-800">
      {children}
    </div>
  );
}

/** A form's last row: submit it, or leave it without saving. */
export function FormActions({
  submitLabel,
  cancelLabel,
  onCancel,
  isPending,
}: {
  submitLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  isPending: boolean;
}) {
  return (
    <div className="flex gap-2">
      <Button type="submit" isDisabled={isPending}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onPress={onCancel}>
        {cancelLabel}
      </Button>
    </div>
  );
}
