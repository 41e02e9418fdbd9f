/** How far a learner is: completed modules of all, and the completion date once every module is done. */
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { ProgressBar } from "../../ui/progress-bar.tsx";

type Progress = { completedModules: number; moduleCount: number; completedAt: string | null };

export function CourseProgress({ progress }: { progress: Progress }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="flex flex-col gap-1">
      <ProgressBar
        label={t("learning.progress.label")}
        value={progress.completedModules}
        maxValue={Math.max(progress.moduleCount, 1)}
        valueLabel={t("learning.progress.value", { done: progress.completedModules, total: progress.moduleCount })}
      />
      {progress.completedAt && (
        <p className="text-sm text-green-800">
          {t("learning.progress.completedOn", { date: format.dateTime(progress.completedAt) })}
        </p>
      )}
    </div>
  );
}
