/** Form controls on React Aria Components: labels, descriptions and errors wired for screen readers. */
import type { ReactNode } from "react";
import {
  Button as AriaButton,
  type ButtonProps,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from "react-aria-components";

const buttonStyles = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 data-pressed:bg-brand-800",
  secondary: "bg-white text-slate-800 border border-slate-300 hover:bg-slate-100",
  danger: "bg-white text-red-700 border border-red-300 hover:bg-red-50",
  quiet: "text-brand-700 hover:bg-brand-50",
};

export function Button({ variant = "primary", className, ...props }: ButtonProps & { variant?: keyof typeof buttonStyles }) {
  return (
    <AriaButton
      {...props}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold outline-none transition focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:opacity-50 ${buttonStyles[variant]} ${className ?? ""}`}
    />
  );
}

const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 data-invalid:border-red-500";

type FieldProps = {
  label: string;
  name?: string;
  value?: string;
  defaultValue?: string;
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
      <Label className="text-sm font-medium text-slate-700">{label}</Label>
      {multiline ? <TextArea rows={4} dir={dir} className={inputClass} /> : <Input dir={dir} className={inputClass} />}
      {description && <Text slot="description" className="text-xs text-slate-500">{description}</Text>}
      <FieldError className="text-xs text-red-700">{error}</FieldError>
    </TextField>
  );
}

export type Option = { id: string; label: string };

export function SelectInput({
  label,
  options,
  value,
  onChange,
  error,
  isRequired,
  name,
  className,
}: {
  label: string;
  options: Option[];
  value: string | null;
  onChange: (value: string) => void;
  error?: string;
  isRequired?: boolean;
  name?: string;
  className?: string;
}) {
  return (
    <Select
      name={name}
      selectedKey={value}
      onSelectionChange={(key) => key !== null && onChange(String(key))}
      isInvalid={!!error}
      isRequired={isRequired}
      className={`flex flex-col gap-1 ${className ?? ""}`}
    >
      <Label className="text-sm font-medium text-slate-700">{label}</Label>
      <AriaButton className={`${inputClass} flex items-center justify-between text-start`}>
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <FieldError className="text-xs text-red-700">{error}</FieldError>
      <Popover className="min-w-(--trigger-width) rounded-md border border-slate-200 bg-white shadow-lg">
        <ListBox className="max-h-72 overflow-auto p-1 outline-none">
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
