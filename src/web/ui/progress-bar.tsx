/** A labelled progress bar (React Aria) that fills from the start edge, so it mirrors in right-to-left locales. */
import { ProgressBar as AriaProgressBar, Label } from "react-aria-components";

export function ProgressBar({
  label,
  value,
  maxValue,
  valueLabel,
}: {
  label: string;
  value: number;
  maxValue: number;
  valueLabel?: string;
}) {
  return (
    <AriaProgressBar value={value} maxValue={maxValue} valueLabel={valueLabel} className="flex flex-col gap-1">
      {({ percentage, valueText }) => (
        <>
          <div className="flex justify-between gap-4 text-sm">
            <Label className="font-medium text-slate-700">{label}</Label>
            <span className="text-slate-600">{valueText}</span>
          </div>
          <div className="h-3 overflow-hidden rounded-full bg-slate-200">
            <div
              className="h-full rounded-full bg-brand-600 transition-[width]"
              style={{ width: `${percentage ?? 0}%` }}
            />
          </div>
        </>
      )}
    </AriaProgressBar>
  );
}
