/** The stage view for staff: applications ranked by weighted mean, reviewers' disagreement, bulk moves and assignments. */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { Checkbox, DialogTrigger } from "react-aria-components";
import { useIntl } from "react-intl";
import { ApiError } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { CheckboxGroupField, RadioGroupField } from "../../ui/choice-fields.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Badge, Cell, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { ModalDialog } from "../../ui/modal-dialog.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass } from "../../ui/styles.ts";
import { isolate } from "../programs/bidi-isolate.ts";
import { ApplicationStatusBadge } from "./call-status.tsx";
import { useApplicantName } from "./review-assignments-page.tsx";
import { StageSlotsPanel } from "./stage-slots-panel.tsx";
import {
  type MoveAction,
  type RankedApplication,
  type StageRanking,
  useAssignReviewers,
  useMoveApplications,
  useReviewerCandidates,
  useReviewSetup,
  useStageRanking,
  useUnassignReviewer,
} from "./use-review-queries.ts";

/** Reviewers disagree when their weighted scores lie further apart than a quarter of the scale. */
const disagreementShare = 0.25;

/** The span of the stage's weighted score: the weighted mean of its criteria's scale spans. */
function scaleSpan(stage: StageRanking["stage"]) {
  const totalWeight = stage.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (totalWeight === 0) return 0;
  return (
    stage.criteria.reduce((sum, criterion) => sum + criterion.weight * (criterion.max - criterion.min), 0) / totalWeight
  );
}

export function ReviewStagePage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { orgId, stageId } = useParams({ from: "/orgs/$orgId/review-stages/$stageId" });
  const membership = useMembership(orgId);
  const ranking = useStageRanking(orgId, stageId);
  const applicantName = useApplicantName();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  if (ranking.error) return <ErrorBanner>{problemText(ranking.error)}</ErrorBanner>;
  if (!ranking.data) return null;
  const { callId, stage } = ranking.data;
  // A blind review names applicants by number, in the viewer's language.
  const applications = ranking.data.applications.map((application) => ({
    ...application,
    applicantName: applicantName(application.applicantName),
  }));
  const selectable = applications.filter((application) => application.status === "submitted");
  // Only applications still in the stage stay selected after a move or a refresh.
  const chosen = selectable.filter((application) => selected.has(application.applicationId));
  const allChosen = selectable.length > 0 && chosen.length === selectable.length;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("reviews.stage.title", {
          number: stage.position + 1,
          name: isolate(format.text(stage.name, membership?.defaultLocale)),
        })}
        subtitle={t("reviews.stage.subtitle", { count: selectable.length })}
        actions={
          <Link to="/orgs/$orgId/calls/$callId/review" params={{ orgId, callId }} className={buttonClass("secondary")}>
            {t("reviews.backToStages")}
          </Link>
        }
      />
      <div className="flex flex-wrap items-center gap-2">
        <AssignReviewers orgId={orgId} stageId={stageId} chosen={chosen} />
        <MoveButtons
          orgId={orgId}
          callId={callId}
          stageId={stageId}
          chosen={chosen}
          onMoved={() => setSelected(new Set())}
        />
      </div>
      {applications.length === 0 ? (
        <EmptyState>{t("reviews.stage.empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("reviews.stage.ranking")}</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 text-start">
                  <SelectBox
                    label={t("reviews.stage.selectAll")}
                    isSelected={allChosen}
                    isIndeterminate={chosen.length > 0 && !allChosen}
                    isDisabled={selectable.length === 0}
                    onChange={(on) =>
                      setSelected(new Set(on ? selectable.map((application) => application.applicationId) : []))
                    }
                  />
                </th>
                {[
                  t("reviews.column.rank"),
                  t("reviews.column.applicant"),
                  t("reviews.column.mean"),
                  t("reviews.column.reviews"),
                  t("reviews.column.spread"),
                  t("reviews.column.reviewers"),
                ].map((header) => (
                  <th key={header} scope="col" className="px-4 py-2 text-start font-medium">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {applications.map((application, index) => (
                <RankingRow
                  key={application.applicationId}
                  orgId={orgId}
                  application={application}
                  rank={index + 1}
                  span={scaleSpan(stage)}
                  isSelected={selected.has(application.applicationId)}
                  onSelect={(on) => toggle(application.applicationId, on)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StageSlotsPanel orgId={orgId} stageId={stageId} applications={applications} />
    </div>
  );
}

function SelectBox({
  label,
  isSelected,
  isIndeterminate,
  isDisabled,
  onChange,
}: {
  label: string;
  isSelected: boolean;
  isIndeterminate?: boolean;
  isDisabled?: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <Checkbox
      aria-label={label}
      isSelected={isSelected}
      isIndeterminate={isIndeterminate}
      isDisabled={isDisabled}
      onChange={onChange}
      className="group flex items-center outline-none data-disabled:opacity-40 data-focus-visible:[&>span]:ring-2 data-focus-visible:[&>span]:ring-brand-600"
    >
      {({ isSelected: on, isIndeterminate: some }) => (
        <span
          aria-hidden="true"
          className={`flex size-4 items-center justify-center rounded border text-[0.7rem] text-white ${on || some ? "border-brand-600 bg-brand-600" : "border-slate-400 bg-white"}`}
        >
          {some ? "–" : on ? "✓" : ""}
        </span>
      )}
    </Checkbox>
  );
}

function RankingRow({
  orgId,
  application,
  rank,
  span,
  isSelected,
  onSelect,
}: {
  orgId: string;
  application: RankedApplication;
  rank: number;
  span: number;
  isSelected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const score = (value: number) => intl.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const disagree = application.spread !== null && span > 0 && application.spread / span > disagreementShare;
  const inStage = application.status === "submitted";
  return (
    <tr className={isSelected ? "bg-brand-50" : inStage ? undefined : "text-slate-400"}>
      <Cell>
        <SelectBox
          label={t("reviews.stage.select", { name: application.applicantName })}
          isSelected={isSelected && inStage}
          isDisabled={!inStage}
          onChange={onSelect}
        />
      </Cell>
      <Cell className="tabular-nums">
        {inStage && application.weightedMean !== null ? intl.formatNumber(rank) : "—"}
      </Cell>
      <Cell>
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium" dir="auto">
            {application.applicantName}
          </span>
          {application.held && <Badge tone="amber">{t("reviews.held")}</Badge>}
          {!inStage && <ApplicationStatusBadge status={application.status} />}
        </div>
      </Cell>
      <Cell className="tabular-nums font-semibold">
        {application.weightedMean === null ? "—" : score(application.weightedMean)}
      </Cell>
      <Cell className="tabular-nums">
        {t("reviews.reviewsOf", { count: application.reviews, assigned: application.reviewers.length })}
      </Cell>
      <Cell>
        {application.spread === null ? (
          "—"
        ) : (
          <span className="flex items-center gap-2">
            <span className="tabular-nums">{score(application.spread)}</span>
            {disagree && (
              <Badge tone="red">
                <span aria-hidden="true">⚠ </span>
                {t("reviews.disagree")}
              </Badge>
            )}
          </span>
        )}
      </Cell>
      <Cell>
        {application.reviewers.length === 0 ? (
          <span className="text-slate-400">{t("reviews.noReviewers")}</span>
        ) : (
          <ul className="flex flex-col">
            {application.reviewers.map((reviewer) => (
              <li key={reviewer.userId} className="flex items-center gap-1">
                <span dir="auto">{reviewer.name}</span>
                {inStage && !reviewer.scored && (
                  <UnassignButton orgId={orgId} assignmentId={reviewer.assignmentId} name={reviewer.name} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Cell>
    </tr>
  );
}

/** Staff take a reviewer off before they score; a refusal (they scored meanwhile) says so in place. */
function UnassignButton({ orgId, assignmentId, name }: { orgId: string; assignmentId: string; name: string }) {
  const t = useT();
  const problemText = useProblemText();
  const unassign = useUnassignReviewer(orgId);
  return (
    <>
      <Button
        variant="secondary"
        className="px-1.5! py-0! text-xs"
        aria-label={t("reviews.unassign", { name: isolate(name) })}
        isDisabled={unassign.isPending}
        onPress={() => unassign.mutate(assignmentId)}
      >
        <span aria-hidden="true">×</span>
      </Button>
      {unassign.error && (
        <span role="alert" className="text-xs text-red-700">
          {problemText(unassign.error)}
        </span>
      )}
    </>
  );
}

const moveVariants = { advance: "primary", hold: "secondary", reject: "danger" } as const;

function MoveButtons({
  orgId,
  callId,
  stageId,
  chosen,
  onMoved,
}: {
  orgId: string;
  callId: string;
  stageId: string;
  chosen: RankedApplication[];
  onMoved: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const setup = useReviewSetup(orgId, callId);
  const move = useMoveApplications(orgId, callId);
  const stages = setup.data?.stages ?? [];
  const next = stages[stages.findIndex((stage) => stage.id === stageId) + 1];
  const moveProblem = (error: unknown) => {
    // One refused application refuses the whole move; name it.
    const issue =
      error instanceof ApiError
        ? error.fields.find((field) => field.path.startsWith("json.applicationIds."))
        : undefined;
    const refused = issue && move.variables?.applicationIds[Number(issue.path.split(".")[2])];
    const name = chosen.find((application) => application.applicationId === refused)?.applicantName;
    return name ? t("reviews.move.refused", { name: isolate(name) }) : problemText(error);
  };
  return (
    <>
      {(["advance", "hold", "reject"] as MoveAction[]).map((action) => (
        <DialogTrigger key={action}>
          <Button
            variant={moveVariants[action]}
            isDisabled={chosen.length === 0 || move.isPending || (action === "advance" && setup.isSuccess && !next)}
          >
            {t(`reviews.move.${action}`, { count: chosen.length })}
          </Button>
          <ModalDialog title={t(`reviews.move.${action}Title`, { count: chosen.length })}>
            {(close) => (
              <div className="flex flex-col gap-4">
                <p className="text-sm text-slate-700">
                  {action === "advance" && next
                    ? t("reviews.move.advanceMessage", {
                        count: chosen.length,
                        stage: isolate(format.text(next.name, membership?.defaultLocale)),
                      })
                    : t(`reviews.move.${action === "advance" ? "hold" : action}Message`, { count: chosen.length })}
                </p>
                <ul className="max-h-48 overflow-y-auto text-sm text-slate-600">
                  {chosen.map((application) => (
                    <li key={application.applicationId}>
                      <span dir="auto">{application.applicantName}</span>
                    </li>
                  ))}
                </ul>
                <div className="flex justify-end gap-2">
                  <Button variant="secondary" onPress={close} autoFocus>
                    {t("reviews.cancel")}
                  </Button>
                  <Button
                    variant={moveVariants[action]}
                    onPress={() => {
                      close();
                      move.mutate(
                        {
                          action,
                          fromStageId: stageId,
                          applicationIds: chosen.map((application) => application.applicationId),
                        },
                        { onSuccess: onMoved },
                      );
                    }}
                  >
                    {t(`reviews.move.${action}Confirm`)}
                  </Button>
                </div>
              </div>
            )}
          </ModalDialog>
        </DialogTrigger>
      ))}
      {setup.isSuccess && !next && <span className="text-xs text-slate-500">{t("reviews.move.lastStage")}</span>}
      <div className="basis-full">
        <ErrorBanner>{moveProblem(move.error)}</ErrorBanner>
        {move.isSuccess && <Notice>{t(`reviews.moved.${move.data.action}`, { count: move.data.moved })}</Notice>}
      </div>
    </>
  );
}

function AssignReviewers({ orgId, stageId, chosen }: { orgId: string; stageId: string; chosen: RankedApplication[] }) {
  const t = useT();
  return (
    <DialogTrigger>
      <Button variant="secondary">{t("reviews.assign.button")}</Button>
      <ModalDialog title={t("reviews.assign.title")}>
        {(close) => <AssignForm orgId={orgId} stageId={stageId} chosen={chosen} onClose={close} />}
      </ModalDialog>
    </DialogTrigger>
  );
}

function AssignForm({
  orgId,
  stageId,
  chosen,
  onClose,
}: {
  orgId: string;
  stageId: string;
  chosen: RankedApplication[];
  onClose: () => void;
}) {
  const t = useT();
  const problemText = useProblemText();
  const candidates = useReviewerCandidates(orgId);
  const assign = useAssignReviewers(orgId, stageId);
  const [mode, setMode] = useState<"manual" | "balanced">(chosen.length > 0 ? "manual" : "balanced");
  const [reviewers, setReviewers] = useState<string[]>([]);
  const [perApplication, setPerApplication] = useState<number | null>(2);
  const nameOf = (userId: string) => candidates.data?.find((member) => member.userId === userId)?.name ?? userId;
  const assignProblem = (error: unknown) => {
    const issue =
      error instanceof ApiError
        ? error.fields.find((field) => field.path.startsWith("json.reviewerUserIds."))
        : undefined;
    const userId = issue && assign.variables?.reviewerUserIds[Number(issue.path.split(".")[2])];
    if (issue && userId) return `${nameOf(userId)}: ${problemText(error, issue.path.slice("json.".length))}`;
    return problemText(error);
  };
  if (candidates.error) {
    return (
      <div className="flex flex-col gap-4">
        <ErrorBanner>{problemText(candidates.error)}</ErrorBanner>
        <Button variant="secondary" onPress={onClose}>
          {t("reviews.close")}
        </Button>
      </div>
    );
  }
  if (assign.isSuccess) {
    return (
      <div className="flex flex-col gap-4">
        <Notice>{t("reviews.assign.done")}</Notice>
        <ul className="text-sm">
          {assign.data.loads.map((load) => (
            <li key={load.reviewerUserId} className="flex justify-between gap-4 py-0.5">
              <span dir="auto">{load.name}</span>
              <span className="tabular-nums text-slate-600">{t("reviews.assign.load", { count: load.assigned })}</span>
            </li>
          ))}
        </ul>
        <div className="flex justify-end">
          <Button onPress={onClose}>{t("reviews.close")}</Button>
        </div>
      </div>
    );
  }
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        assign.mutate(
          mode === "manual"
            ? {
                mode,
                applicationIds: chosen.map((application) => application.applicationId),
                reviewerUserIds: reviewers,
              }
            : { mode, reviewerUserIds: reviewers, reviewsPerApplication: perApplication ?? Number.NaN },
        );
      }}
    >
      <RadioGroupField
        label={t("reviews.assign.mode")}
        options={[
          { id: "manual", label: t("reviews.assign.manual", { count: chosen.length }) },
          { id: "balanced", label: t("reviews.assign.balanced") },
        ]}
        value={mode}
        onChange={(next) => setMode(next as "manual" | "balanced")}
      />
      {mode === "manual" && chosen.length === 0 && <Notice>{t("reviews.assign.selectFirst")}</Notice>}
      <div className="max-h-64 overflow-y-auto">
        <CheckboxGroupField
          label={t("reviews.assign.reviewers")}
          options={(candidates.data ?? []).map((member) => ({
            id: member.userId,
            label: `${member.name} · ${t(`reviews.role.${member.role as "owner" | "admin" | "program_manager" | "mentor"}`)}`,
          }))}
          value={reviewers}
          onChange={setReviewers}
        />
      </div>
      {mode === "balanced" && (
        <NumberInput
          label={t("reviews.assign.perApplication")}
          value={perApplication}
          onChange={setPerApplication}
          minValue={1}
          formatOptions={{ maximumFractionDigits: 0 }}
          description={t("reviews.assign.balancedHint")}
          error={problemText(assign.error, "reviewsPerApplication")}
        />
      )}
      <ErrorBanner>{assignProblem(assign.error)}</ErrorBanner>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onPress={onClose}>
          {t("reviews.cancel")}
        </Button>
        <Button
          type="submit"
          isDisabled={assign.isPending || reviewers.length === 0 || (mode === "manual" && chosen.length === 0)}
        >
          {t("reviews.assign.submit", { count: reviewers.length })}
        </Button>
      </div>
    </form>
  );
}
