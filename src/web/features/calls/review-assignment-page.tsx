/** A reviewer scores one application: its answers (names hidden in a blind review), the stage's rubric and comments. */
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { DialogTrigger, Label, Radio, RadioGroup } from "react-aria-components";
import { useIntl } from "react-intl";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Button, ErrorBanner, Notice, TextInput } from "../../ui/controls.tsx";
import { Badge, Card, PageHeader } from "../../ui/layout.tsx";
import { ModalDialog } from "../../ui/modal-dialog.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass, labelClass } from "../../ui/styles.ts";
import { AnswerList } from "./answer-view.tsx";
import { useApplicantName } from "./review-assignments-page.tsx";
import { useCall } from "./use-call-queries.ts";
import { useApplicationFileLinks } from "./use-file-queries.ts";
import {
  type AssignmentDetail,
  type ReviewCriterion,
  useDeclareConflict,
  useMyAssignment,
  useSaveScores,
} from "./use-review-queries.ts";

type ScoreDraft = Record<string, { score: number | null; comment: string }>;

export function ReviewAssignmentPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const applicantName = useApplicantName();
  const { orgId, assignmentId } = useParams({ from: "/orgs/$orgId/reviews/$assignmentId" });
  const membership = useMembership(orgId);
  const assignment = useMyAssignment(orgId, assignmentId);
  if (assignment.error) {
    return (
      <div className="flex flex-col gap-4">
        <ErrorBanner>{problemText(assignment.error)}</ErrorBanner>
        <BackLink orgId={orgId} />
      </div>
    );
  }
  const data = assignment.data;
  if (!data) return null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={applicantName(data.applicantName)}
        subtitle={`${format.text(data.callTitle, membership?.defaultLocale)} · ${format.text(data.stageName, membership?.defaultLocale)}`}
        actions={
          <>
            {data.blind && (
              <span className="self-center">
                <Badge tone="amber">{t("reviews.blind")}</Badge>
              </span>
            )}
            <BackLink orgId={orgId} />
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card title={t("reviews.answers")}>
          {data.blind && <p className="mb-3 text-xs text-slate-500">{t("reviews.blindHint")}</p>}
          <Answers orgId={orgId} assignment={data} />
        </Card>
        <div className="flex flex-col gap-6">
          <ScoreForm key={data.id} orgId={orgId} assignment={data} />
          <DeclareConflict orgId={orgId} assignmentId={assignmentId} />
        </div>
      </div>
    </div>
  );
}

function Answers({ orgId, assignment }: { orgId: string; assignment: AssignmentDetail }) {
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const call = useCall(orgId, assignment.callId);
  // A blind review leaves file answers out, and the files are not the reviewer's to fetch.
  const files = useApplicationFileLinks(orgId, assignment.applicationId, !assignment.blind);
  if (call.error) return <ErrorBanner>{problemText(call.error)}</ErrorBanner>;
  if (!call.data) return null;
  return (
    <AnswerList
      // Contact questions are left out of a blind review's answers; so are their labels.
      fields={call.data.fields.filter((field) => !assignment.blind || field.key in assignment.answers)}
      answers={assignment.answers}
      organizationLocale={membership?.defaultLocale}
      files={files}
    />
  );
}

function BackLink({ orgId }: { orgId: string }) {
  const t = useT();
  return (
    <Link to="/orgs/$orgId/reviews" params={{ orgId }} className={buttonClass("secondary")}>
      {t("reviews.backToMine")}
    </Link>
  );
}

function ScoreForm({ orgId, assignment }: { orgId: string; assignment: AssignmentDetail }) {
  const t = useT();
  const problemText = useProblemText();
  const save = useSaveScores(orgId, assignment.id);
  const [draft, setDraft] = useState<ScoreDraft>(() =>
    Object.fromEntries(
      assignment.rubric.map((criterion) => {
        const mine = assignment.scores.find((score) => score.criterionId === criterion.id);
        return [criterion.id, { score: mine?.score ?? null, comment: mine?.comment ?? "" }];
      }),
    ),
  );
  const scored = assignment.rubric.filter((criterion) => draft[criterion.id]?.score != null);
  const sent = save.variables?.scores ?? [];
  const problemFor = (criterionId: string, field: "score" | "comment") => {
    const index = sent.findIndex((score) => score.criterionId === criterionId);
    return index < 0 ? undefined : problemText(save.error, `scores.${index}.${field}`);
  };
  return (
    <Card title={t("reviews.rubric")}>
      <form
        className="flex flex-col gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({
            scores: scored.map((criterion) => ({
              criterionId: criterion.id,
              score: draft[criterion.id]?.score as number,
              comment: draft[criterion.id]?.comment.trim() || null,
            })),
          });
        }}
      >
        {assignment.rubric.map((criterion) => (
          <CriterionScore
            key={criterion.id}
            criterion={criterion}
            value={draft[criterion.id] ?? { score: null, comment: "" }}
            onChange={(value) => setDraft({ ...draft, [criterion.id]: value })}
            scoreError={problemFor(criterion.id, "score")}
            commentError={problemFor(criterion.id, "comment")}
          />
        ))}
        <ErrorBanner>{save.error ? problemText(save.error) : null}</ErrorBanner>
        {save.isSuccess && !save.isPending && <Notice>{t("reviews.score.saved")}</Notice>}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" isDisabled={save.isPending || scored.length === 0}>
            {t("reviews.score.save")}
          </Button>
          <span className="text-sm text-slate-600">
            {t("reviews.mine.scored", { scored: scored.length, count: assignment.rubric.length })}
          </span>
        </div>
      </form>
    </Card>
  );
}

function CriterionScore({
  criterion,
  value,
  onChange,
  scoreError,
  commentError,
}: {
  criterion: ReviewCriterion;
  value: { score: number | null; comment: string };
  onChange: (value: { score: number | null; comment: string }) => void;
  scoreError?: string;
  commentError?: string;
}) {
  const t = useT();
  const intl = useIntl();
  const format = useFormat();
  const points = Array.from({ length: criterion.max - criterion.min + 1 }, (_, index) => criterion.min + index);
  const anchorOf = (point: number) => format.text(criterion.anchors?.[String(point)]);
  return (
    <fieldset className="flex flex-col gap-3 border-b border-slate-100 pb-5 last:border-0 last:pb-0">
      <RadioGroup
        value={value.score === null ? null : String(value.score)}
        onChange={(next) => onChange({ ...value, score: Number(next) })}
        isInvalid={!!scoreError}
        orientation="horizontal"
        className="flex flex-col gap-2"
      >
        <Label className={`${labelClass} text-base text-slate-900`}>
          {format.text(criterion.name)}{" "}
          <span className="text-xs font-normal text-slate-500">
            {t("reviews.score.scale", {
              min: intl.formatNumber(criterion.min),
              max: intl.formatNumber(criterion.max),
              weight: intl.formatNumber(criterion.weight),
            })}
          </span>
        </Label>
        <div className="flex flex-wrap gap-2">
          {points.map((point) => {
            const anchor = anchorOf(point);
            return (
              <Radio
                key={point}
                value={String(point)}
                aria-label={anchor ? `${intl.formatNumber(point)} · ${anchor}` : undefined}
                className="flex min-w-12 max-w-40 cursor-default flex-col items-center gap-0.5 rounded-md border border-slate-300 bg-white px-3 py-2 text-center text-sm outline-none hover:bg-slate-50 data-focus-visible:ring-2 data-focus-visible:ring-brand-600 data-selected:border-brand-600 data-selected:bg-brand-600 data-selected:text-white"
              >
                <span className="text-base font-semibold tabular-nums">{intl.formatNumber(point)}</span>
                {anchor && <span className="text-xs leading-tight">{anchor}</span>}
              </Radio>
            );
          })}
        </div>
        {scoreError && <p className="text-xs text-red-700">{scoreError}</p>}
      </RadioGroup>
      <TextInput
        label={t("reviews.score.comment")}
        value={value.comment}
        onChange={(comment) => onChange({ ...value, comment })}
        multiline
        dir="auto"
        error={commentError}
      />
    </fieldset>
  );
}

function DeclareConflict({ orgId, assignmentId }: { orgId: string; assignmentId: string }) {
  const t = useT();
  const problemText = useProblemText();
  const navigate = useNavigate();
  const declare = useDeclareConflict(orgId, assignmentId);
  const [reason, setReason] = useState("");
  return (
    <Card title={t("reviews.conflict.title")}>
      <p className="mb-3 text-sm text-slate-600">{t("reviews.conflict.hint")}</p>
      <ErrorBanner>{problemText(declare.error)}</ErrorBanner>
      <DialogTrigger>
        <Button variant="danger">{t("reviews.conflict.button")}</Button>
        <ModalDialog title={t("reviews.conflict.confirmTitle")}>
          {(close) => (
            <form
              className="flex flex-col gap-4"
              onSubmit={(event) => {
                event.preventDefault();
                close();
                declare.mutate(reason, {
                  onSuccess: () => navigate({ to: "/orgs/$orgId/reviews", params: { orgId } }),
                });
              }}
            >
              <p className="text-sm text-slate-700">{t("reviews.conflict.confirmMessage")}</p>
              <TextInput
                label={t("reviews.conflict.reason")}
                value={reason}
                onChange={setReason}
                multiline
                dir="auto"
              />
              <div className="flex justify-end gap-2">
                <Button variant="secondary" onPress={close} autoFocus>
                  {t("reviews.cancel")}
                </Button>
                <Button type="submit" variant="danger" isDisabled={declare.isPending}>
                  {t("reviews.conflict.confirm")}
                </Button>
              </div>
            </form>
          )}
        </ModalDialog>
      </DialogTrigger>
    </Card>
  );
}
