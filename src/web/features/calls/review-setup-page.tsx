/** Staff set a call's review stages (screening → interview → pitch), each with its rubric, and whether review is blind. */

import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { directionOf, type Locale, localeNames, locales } from "../../../shared/i18n/locales.ts";
import { useFormat, useLocale, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { CheckboxField } from "../../ui/choice-fields.tsx";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Button, ErrorBanner, Notice, SelectInput, TextInput } from "../../ui/controls.tsx";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { type LocalizedDraft, otherTexts, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { movedInList, RowOrderActions } from "../../ui/row-order-actions.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { isolate } from "../programs/bidi-isolate.ts";
import { useFieldProblems } from "../programs/field-problems.ts";
import { useCall } from "./use-call-queries.ts";
import {
  type ReviewSetup,
  type ReviewSetupValues,
  useMoveApplications,
  useReviewSetup,
  useSaveReviewSetup,
  useStageRankings,
  useSubmittedApplications,
} from "./use-review-queries.ts";

type CriterionDraft = {
  rowKey: string;
  name: LocalizedDraft;
  weight: number | null;
  min: number | null;
  max: number | null;
  anchors: Record<string, LocalizedDraft>;
};
type StageDraft = { rowKey: string; id?: string; name: LocalizedDraft; criteria: CriterionDraft[] };
type SetupDraft = { blindReview: boolean; stages: StageDraft[] };

/** Anchors are offered for every point of a short scale, and for its ends only on a long one. */
const maxAnchoredPoints = 11;

let rowCounter = 0;
const rowKey = () => `row-${++rowCounter}`;

const newCriterion = (): CriterionDraft => ({ rowKey: rowKey(), name: {}, weight: 1, min: 1, max: 5, anchors: {} });
const newStage = (): StageDraft => ({ rowKey: rowKey(), name: {}, criteria: [newCriterion()] });

function draftOf(setup: ReviewSetup): SetupDraft {
  return {
    blindReview: setup.blindReview,
    stages: setup.stages.map((stage) => ({
      rowKey: rowKey(),
      id: stage.id,
      name: stage.name,
      criteria: stage.criteria.map((criterion) => ({
        rowKey: rowKey(),
        name: criterion.name,
        weight: criterion.weight,
        min: criterion.min,
        max: criterion.max,
        anchors: criterion.anchors ?? {},
      })),
    })),
  };
}

/** The points of a scale that take an anchor. */
export function anchoredPoints(min: number | null, max: number | null) {
  if (min === null || max === null || min > max) return [];
  if (max - min + 1 > maxAnchoredPoints) return [min, max];
  return Array.from({ length: max - min + 1 }, (_, index) => min + index);
}

function inputOf(draft: SetupDraft): ReviewSetupValues {
  return {
    blindReview: draft.blindReview,
    stages: draft.stages.map((stage) => ({
      name: withoutBlanks(stage.name),
      criteria: stage.criteria.map((criterion) => {
        const anchors = Object.fromEntries(
          anchoredPoints(criterion.min, criterion.max)
            .map((point) => [String(point), withoutBlanks(criterion.anchors[String(point)] ?? {})] as const)
            .filter(([, text]) => Object.keys(text).length > 0),
        );
        return {
          name: withoutBlanks(criterion.name),
          // An empty number goes as NaN (null in JSON), so the server names the very input.
          weight: criterion.weight ?? Number.NaN,
          min: criterion.min ?? Number.NaN,
          max: criterion.max ?? Number.NaN,
          anchors: Object.keys(anchors).length > 0 ? anchors : null,
        };
      }),
    })),
  };
}

export function ReviewSetupPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { orgId, callId } = useParams({ from: "/orgs/$orgId/calls/$callId/review" });
  const membership = useMembership(orgId);
  const call = useCall(orgId, callId);
  const setup = useReviewSetup(orgId, callId);
  const error = call.error ?? setup.error;
  if (error) return <ErrorBanner>{problemText(error)}</ErrorBanner>;
  if (!call.data || !setup.data) return null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("reviews.setup.title")}
        subtitle={format.text(call.data.title, membership?.defaultLocale)}
        actions={
          <Link to="/orgs/$orgId/calls/$callId" params={{ orgId, callId }} className={buttonClass("secondary")}>
            {t("reviews.backToCall")}
          </Link>
        }
      />
      <StartReview orgId={orgId} callId={callId} setup={setup.data} />
      {/* Keyed by the saved stages, so a save that renumbers them starts the form from what the server kept. */}
      <SetupForm
        key={setup.data.stages.map((stage) => stage.id).join()}
        orgId={orgId}
        callId={callId}
        setup={setup.data}
      />
    </div>
  );
}

/** Submitted applications not yet in any stage, and the button that puts them into the first one. */
function StartReview({ orgId, callId, setup }: { orgId: string; callId: string; setup: ReviewSetup }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const submitted = useSubmittedApplications(orgId, callId);
  const rankings = useStageRankings(
    orgId,
    setup.stages.map((stage) => stage.id),
  );
  const move = useMoveApplications(orgId, callId);
  const first = setup.stages[0];
  if (!first || !submitted.data || rankings.some((ranking) => !ranking.data)) return null;
  const inReview = new Set(
    rankings.flatMap((ranking) => ranking.data?.applications.map((application) => application.applicationId) ?? []),
  );
  const waiting = submitted.data.filter((application) => !inReview.has(application.id));
  const firstName = isolate(format.text(first.name, membership?.defaultLocale));
  return (
    <Card title={t("reviews.stages.title")}>
      <div className="flex flex-col gap-4">
        <ol className="flex flex-wrap gap-2">
          {setup.stages.map((stage, index) => (
            <li key={stage.id}>
              <Link
                to="/orgs/$orgId/review-stages/$stageId"
                params={{ orgId, stageId: stage.id }}
                className={buttonClass("secondary")}
              >
                {t("reviews.stages.open", {
                  number: index + 1,
                  name: isolate(format.text(stage.name, membership?.defaultLocale)),
                  count: rankings[index]?.data?.applications.filter((row) => row.status === "submitted").length ?? 0,
                })}
              </Link>
            </li>
          ))}
        </ol>
        <ErrorBanner>{problemText(move.error)}</ErrorBanner>
        {move.isSuccess && <Notice>{t("reviews.moved.advance", { count: move.data.moved })}</Notice>}
        {waiting.length > 0 ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-slate-700">{t("reviews.start.waiting", { count: waiting.length })}</p>
            <Button
              isDisabled={move.isPending}
              onPress={() =>
                move.mutate({
                  action: "advance",
                  fromStageId: null,
                  applicationIds: waiting.slice(0, 500).map((application) => application.id),
                })
              }
            >
              {t("reviews.start.button", { count: Math.min(waiting.length, 500), stage: firstName })}
            </Button>
          </div>
        ) : (
          <p className="text-sm text-slate-500">{t("reviews.start.none")}</p>
        )}
      </div>
    </Card>
  );
}

function SetupForm({ orgId, callId, setup }: { orgId: string; callId: string; setup: ReviewSetup }) {
  const t = useT();
  const problemText = useProblemText();
  const { locale: viewerLocale } = useLocale();
  const [locale, setLocale] = useState<Locale>(viewerLocale);
  const [draft, setDraft] = useState<SetupDraft>(() =>
    setup.stages.length > 0 ? draftOf(setup) : { blindReview: setup.blindReview, stages: [newStage()] },
  );
  const save = useSaveReviewSetup(orgId, callId);
  const problemAt = useFieldProblems({ error: save.error, sent: save.variables }, inputOf(draft));
  const changeStage = (index: number, patch: Partial<StageDraft>) =>
    setDraft({ ...draft, stages: draft.stages.map((stage, at) => (at === index ? { ...stage, ...patch } : stage)) });
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(inputOf(draft));
      }}
    >
      <Card title={t("reviews.setup.rubrics")}>
        <div className="flex flex-col gap-4">
          <CheckboxField
            isSelected={draft.blindReview}
            onChange={(blindReview) => setDraft({ ...draft, blindReview })}
            description={t("reviews.setup.blindHint")}
          >
            {t("reviews.setup.blind")}
          </CheckboxField>
          <SelectInput
            label={t("reviews.setup.language")}
            options={locales.map((option) => ({ id: option, label: localeNames[option], lang: option }))}
            value={locale}
            onChange={(next) => setLocale(next as Locale)}
            className="max-w-xs"
          />
        </div>
      </Card>
      {problemAt("stages") && <ErrorBanner>{problemAt("stages")}</ErrorBanner>}
      <ol className="flex flex-col gap-4">
        {draft.stages.map((stage, index) => (
          <li key={stage.rowKey}>
            <StageEditor
              stage={stage}
              number={index + 1}
              locale={locale}
              onChange={(patch) => changeStage(index, patch)}
              problemAt={(path) => problemAt(`stages.${index}${path ? `.${path}` : ""}`)}
              actions={
                <RowOrderActions
                  index={index}
                  count={draft.stages.length}
                  labels={{
                    up: t("reviews.setup.stageUp", { number: index + 1 }),
                    down: t("reviews.setup.stageDown", { number: index + 1 }),
                    remove: t("reviews.setup.stageRemove", { number: index + 1 }),
                  }}
                  onMove={(by) => setDraft({ ...draft, stages: movedInList(draft.stages, index, by) })}
                  onRemove={() => setDraft({ ...draft, stages: draft.stages.filter((_, at) => at !== index) })}
                  isRemoveDisabled={draft.stages.length === 1}
                />
              }
            />
          </li>
        ))}
      </ol>
      <div>
        <Button variant="secondary" onPress={() => setDraft({ ...draft, stages: [...draft.stages, newStage()] })}>
          {t("reviews.setup.addStage")}
        </Button>
      </div>
      <ErrorBanner>{problemText(save.error)}</ErrorBanner>
      {save.isSuccess && !save.isPending && <Notice>{t("reviews.setup.saved")}</Notice>}
      <div className="flex gap-2">
        <Button type="submit" isDisabled={save.isPending}>
          {t("reviews.setup.save")}
        </Button>
        {setup.stages.length > 0 && (
          <ConfirmButton
            label={t("reviews.setup.discard")}
            title={t("reviews.setup.discardTitle")}
            message={t("reviews.setup.discardMessage")}
            confirmLabel={t("reviews.setup.discard")}
            cancelLabel={t("reviews.cancel")}
            onConfirm={() => {
              save.reset();
              setDraft(draftOf(setup));
            }}
          />
        )}
      </div>
    </form>
  );
}

function StageEditor({
  stage,
  number,
  locale,
  onChange,
  problemAt,
  actions,
}: {
  stage: StageDraft;
  number: number;
  locale: Locale;
  onChange: (patch: Partial<StageDraft>) => void;
  problemAt: (path: string) => string | undefined;
  actions: React.ReactNode;
}) {
  const t = useT();
  const changeCriterion = (index: number, patch: Partial<CriterionDraft>) =>
    onChange({
      criteria: stage.criteria.map((criterion, at) => (at === index ? { ...criterion, ...patch } : criterion)),
    });
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-center justify-between gap-2">
        <legend className="text-lg font-semibold text-slate-900">{t("reviews.setup.stage", { number })}</legend>
        {actions}
      </div>
      <TextInput
        label={t("reviews.setup.stageName", { language: localeNames[locale] })}
        value={stage.name[locale] ?? ""}
        onChange={(text) => onChange({ name: { ...stage.name, [locale]: text } })}
        dir={directionOf(locale)}
        description={otherTexts(stage.name, locale)}
        error={problemAt("name")}
        className="max-w-md"
      />
      {problemAt("criteria") && <p className="text-xs text-red-700">{problemAt("criteria")}</p>}
      <ol className="flex flex-col gap-3">
        {stage.criteria.map((criterion, index) => (
          <li key={criterion.rowKey} className="rounded-md border border-slate-200 bg-slate-50 p-4">
            <CriterionEditor
              criterion={criterion}
              number={index + 1}
              locale={locale}
              onChange={(patch) => changeCriterion(index, patch)}
              problemAt={(path) => problemAt(`criteria.${index}${path ? `.${path}` : ""}`)}
              onRemove={
                stage.criteria.length > 1
                  ? () => onChange({ criteria: stage.criteria.filter((_, at) => at !== index) })
                  : undefined
              }
            />
          </li>
        ))}
      </ol>
      <div>
        <Button variant="secondary" onPress={() => onChange({ criteria: [...stage.criteria, newCriterion()] })}>
          {t("reviews.setup.addCriterion")}
        </Button>
      </div>
    </fieldset>
  );
}

function CriterionEditor({
  criterion,
  number,
  locale,
  onChange,
  problemAt,
  onRemove,
}: {
  criterion: CriterionDraft;
  number: number;
  locale: Locale;
  onChange: (patch: Partial<CriterionDraft>) => void;
  problemAt: (path: string) => string | undefined;
  onRemove?: () => void;
}) {
  const t = useT();
  const points = anchoredPoints(criterion.min, criterion.max);
  return (
    <fieldset className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <legend className="font-semibold text-slate-900">{t("reviews.setup.criterion", { number })}</legend>
        {onRemove && (
          <Button
            variant="quiet"
            className="px-2"
            aria-label={t("reviews.setup.criterionRemove", { number })}
            onPress={onRemove}
          >
            ✕
          </Button>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]">
        <TextInput
          label={t("reviews.setup.criterionName", { language: localeNames[locale] })}
          value={criterion.name[locale] ?? ""}
          onChange={(text) => onChange({ name: { ...criterion.name, [locale]: text } })}
          dir={directionOf(locale)}
          description={otherTexts(criterion.name, locale)}
          error={problemAt("name")}
        />
        <NumberInput
          label={t("reviews.setup.weight")}
          value={criterion.weight}
          onChange={(weight) => onChange({ weight })}
          minValue={0}
          error={problemAt("weight")}
        />
        <NumberInput
          label={t("reviews.setup.min")}
          value={criterion.min}
          onChange={(min) => onChange({ min })}
          formatOptions={{ maximumFractionDigits: 0 }}
          error={problemAt("min")}
        />
        <NumberInput
          label={t("reviews.setup.max")}
          value={criterion.max}
          onChange={(max) => onChange({ max })}
          formatOptions={{ maximumFractionDigits: 0 }}
          error={problemAt("max")}
        />
      </div>
      {/* Rendered even while the scale is invalid, so the form does not jump under the pointer as a bound is typed. */}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">
          {t("reviews.setup.anchors", {
            count: points.filter((point) => Object.values(criterion.anchors[String(point)] ?? {}).some(Boolean)).length,
          })}
        </summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {points.map((point) => {
            const anchor = criterion.anchors[String(point)] ?? {};
            return (
              <TextInput
                key={point}
                label={t("reviews.setup.anchor", { score: point, language: localeNames[locale] })}
                value={anchor[locale] ?? ""}
                onChange={(text) =>
                  onChange({ anchors: { ...criterion.anchors, [String(point)]: { ...anchor, [locale]: text } } })
                }
                dir={directionOf(locale)}
                error={problemAt(`anchors.${point}`)}
              />
            );
          })}
        </div>
      </details>
    </fieldset>
  );
}
