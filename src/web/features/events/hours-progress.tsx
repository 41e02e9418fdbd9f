/** Hours done against the target as a bar (or just the hours when no target is set). */
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { ProgressBar } from "../../ui/progress-bar.tsx";

/** Hours with one decimal, from minutes. */
export function hoursOf(minutes: number) {
  return Math.round(minutes / 6) / 10;
}

export function HoursProgress({
  label,
  totalMinutes,
  targetHours,
}: {
  label: string;
  totalMinutes: number;
  targetHours: number | null;
}) {
  const t = useT();
  const format = useFormat();
  const done = format.number(hoursOf(totalMinutes));
  if (!targetHours) return <p className="text-sm">{t("hours.noTarget", { done })}</p>;
  return (
    <ProgressBar
      label={label}
      value={Math.min(totalMinutes, targetHours * 60)}
      maxValue={targetHours * 60}
      valueLabel={t("hours.ofTarget", { done, target: targetHours })}
    />
  );
}
