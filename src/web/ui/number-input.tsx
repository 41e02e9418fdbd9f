/** A labelled number field (React Aria) that reads and shows numbers, or money with `formatOptions`, in the viewer's locale. */
import { FieldError, I18nProvider, Input, Label, NumberField, Text } from "react-aria-components";
import { useLocale } from "../i18n/i18n.tsx";

type NumberInputProps = {
  label: string;
  /** Null while the field is empty. */
  value: number | null;
  onChange: (value: number | null) => void;
  /** Already translated. */
  error?: string;
  description?: string;
  minValue?: number;
  maxValue?: number;
  formatOptions?: Intl.NumberFormatOptions;
  isRequired?: boolean;
  className?: string;
};

export function NumberInput({ label, value, onChange, error, description, className, ...props }: NumberInputProps) {
  const { locale } = useLocale();
  // React Aria parses and formats in its own locale (the browser's unless told), so it gets the interface language here.
  return (
    <I18nProvider locale={locale}>
      <NumberField
        {...props}
        value={value ?? Number.NaN}
        onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
        isInvalid={!!error}
        className={`flex flex-col gap-1 ${className ?? ""}`}
      >
        <Label className="text-sm font-medium text-slate-700">{label}</Label>
        <Input className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm tabular-nums outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 data-invalid:border-red-500" />
        {description && (
          <Text slot="description" className="text-xs text-slate-500">
            {description}
          </Text>
        )}
        <FieldError className="text-xs text-red-700">{error}</FieldError>
      </NumberField>
    </I18nProvider>
  );
}
