/** The applicant's booked interviews: when on their own clock (and the organization's, when it differs), and where. */
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isolate } from "../programs/bidi-isolate.ts";

type Interview = {
  stageName: Record<string, string>;
  startsAt: string;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  note: string | null;
};

const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function MyInterviews({ interviews }: { interviews: Interview[] }) {
  const t = useT();
  const format = useFormat();
  if (interviews.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-col gap-2 text-xs text-slate-600">
      {interviews.map((interview) => (
        <li key={interview.startsAt} className="flex flex-col gap-0.5 border-s-2 border-brand-600 ps-2">
          <span className="font-medium text-slate-900">
            {t("applications.mine.interview", {
              stage: isolate(format.text(interview.stageName)),
              time: format.dateTime(interview.startsAt),
            })}
          </span>
          {interview.timeZone !== viewerTimeZone() && (
            <span>
              {t("applications.mine.interviewOrgTime", {
                time: format.dateTime(interview.startsAt, interview.timeZone),
                timeZone: interview.timeZone,
              })}
            </span>
          )}
          {interview.place && (
            <span dir="auto">{t("applications.mine.interviewPlace", { place: isolate(interview.place) })}</span>
          )}
          {interview.onlineUrl && (
            <a href={interview.onlineUrl} className="text-brand-700 hover:underline" target="_blank" rel="noreferrer">
              {t("slots.online")}
            </a>
          )}
          {interview.note && <span dir="auto">{interview.note}</span>}
        </li>
      ))}
    </ul>
  );
}
