/** A reviewer's applications to review, grouped by call and stage, each with how much of its rubric is scored. */
import { Link, useParams } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Badge, Card, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { type AssignmentSummary, useMyAssignments } from "./use-review-queries.ts";
import { useMyReviewInterviews } from "./use-slot-queries.ts";

/** In a blind review the API names the applicant "Applicant #12"; the number is shown in the viewer's language. */
export function useApplicantName() {
  const t = useT();
  return (name: string) => {
    const blind = /^Applicant #(\d+)$/.exec(name);
    return blind ? t("reviews.blindApplicant", { number: Number(blind[1]) }) : name;
  };
}

export function ReviewAssignmentsPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const applicantName = useApplicantName();
  const { orgId } = useParams({ from: "/orgs/$orgId/reviews" });
  const membership = useMembership(orgId);
  const assignments = useMyAssignments(orgId);
  const interviews = useMyReviewInterviews(orgId);
  if (assignments.error) return <ErrorBanner>{problemText(assignments.error)}</ErrorBanner>;
  if (!assignments.data) return null;
  const groups = new Map<string, AssignmentSummary[]>();
  for (const assignment of assignments.data) {
    const group = groups.get(assignment.stageId) ?? [];
    group.push(assignment);
    groups.set(assignment.stageId, group);
  }
  const done = assignments.data.filter((assignment) => assignment.scoredCriteria >= assignment.criteria).length;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("reviews.mine.title")}
        subtitle={
          assignments.data.length > 0 ? t("reviews.mine.progress", { done, count: assignments.data.length }) : undefined
        }
      />
      {assignments.data.length === 0 ? (
        <EmptyState>{t("reviews.mine.empty")}</EmptyState>
      ) : (
        [...groups.values()].map((group) => {
          const first = group[0] as AssignmentSummary;
          return (
            <Card
              key={first.stageId}
              title={format.text(first.callTitle, membership?.defaultLocale)}
              actions={<Badge>{format.text(first.stageName, membership?.defaultLocale)}</Badge>}
            >
              <ul className="divide-y divide-slate-100">
                {group.map((assignment) => {
                  const complete = assignment.scoredCriteria >= assignment.criteria;
                  return (
                    <li key={assignment.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                      <Link
                        to="/orgs/$orgId/reviews/$assignmentId"
                        params={{ orgId, assignmentId: assignment.id }}
                        className="font-medium text-brand-700 hover:underline"
                        dir="auto"
                      >
                        {applicantName(assignment.applicantName)}
                      </Link>
                      <div className="flex items-center gap-3">
                        {interviews.data?.interviews
                          .filter((interview) => interview.assignmentId === assignment.id)
                          .map((interview) => (
                            <span key={interview.startsAt} className="text-sm text-slate-600">
                              {t("slots.reviewerTime", {
                                time: format.dateTime(interview.startsAt, interviews.data?.timeZone),
                              })}
                            </span>
                          ))}
                        <span className="text-sm text-slate-600">
                          {t("reviews.mine.scored", {
                            scored: assignment.scoredCriteria,
                            count: assignment.criteria,
                          })}
                        </span>
                        <Badge tone={complete ? "green" : assignment.scoredCriteria > 0 ? "amber" : "slate"}>
                          {t(
                            complete
                              ? "reviews.mine.complete"
                              : assignment.scoredCriteria > 0
                                ? "reviews.mine.partial"
                                : "reviews.mine.notStarted",
                          )}
                        </Badge>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </Card>
          );
        })
      )}
      {assignments.data.length > 0 && done === assignments.data.length && <Notice>{t("reviews.mine.allDone")}</Notice>}
    </div>
  );
}
