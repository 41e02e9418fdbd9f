/**
 * Date and date-time fields on React Aria: segments in the viewer's locale and order, typed or stepped with the
 * keyboard. A date-time is read in a given time zone (the organization's), whatever zone the viewer is in.
 */
import { now, parseAbsolute, parseDate } from "@internationalized/date";
import { DateField, DateInput, DateSegment, Label } from "react-aria-components";
import { FieldHelp } from "./controls.tsx";
import { labelClass } from "./styles.ts";

const segmentsClass =
  "flex w-full flex-wrap rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-100 data-invalid:border-red-500";
const segmentClass =
  "rounded px-0.5 tabular-nums outline-none focus:bg-brand-600 focus:text-white data-placeholder:text-slate-400";

type CommonProps = {
  label: string;
  /** Already translated. */
  error?: string;
  description?: string;
  isRequired?: boolean;
  className?: string;
};

/** A calendar date as `yyyy-mm-dd`, or "" while incomplete. */
export function DateInputField({
  label,
  value,
  onChange,
  error,
  description,
  isRequired,
  className,
}: CommonProps & { value: string; onChange: (value: string) => void }) {
  return (
    <DateField
      value={value ? safely(() => parseDate(value)) : null}
      onChange={(next) => onChange(next ? next.toString() : "")}
      isInvalid={!!error}
      isRequired={isRequired}
      className={`flex flex-col gap-1 ${className ?? ""}`}
    >
      <Label className={labelClass}>{label}</Label>
      <DateInput className={segmentsClass}>
        {(segment) => <DateSegment segment={segment} className={segmentClass} />}
      </DateInput>
      <FieldHelp description={description} error={error} />
    </DateField>
  );
}

/** An instant (ISO 8601, UTC) entered as a wall-clock date and time in `timeZone`; "" while incomplete. */
export function DateTimeInputField({
  label,
  value,
  onChange,
  timeZone,
  error,
  description,
  isRequired,
  className,
}: CommonProps & { value: string; onChange: (value: string) => void; timeZone: string }) {
  return (
    <DateField
      value={value ? safely(() => parseAbsolute(value, timeZone)) : null}
      placeholderValue={now(timeZone).set({ hour: 9, minute: 0, second: 0, millisecond: 0 })}
      onChange={(next) => onChange(next ? next.toAbsoluteString() : "")}
      granularity="minute"
      isInvalid={!!error}
      isRequired={isRequired}
      className={`flex flex-col gap-1 ${className ?? ""}`}
    >
      <Label className={labelClass}>{label}</Label>
      <DateInput className={segmentsClass}>
        {(segment) => <DateSegment segment={segment} className={segmentClass} />}
      </DateInput>
      <FieldHelp description={description} error={error} />
    </DateField>
  );
}

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
