/** Request and response shapes of staged review: stages and rubrics, moves, reviewer assignments and scores. */
import { z } from "@hono/zod-openapi";
import { LocalizedTextInput, LocalizedTextOutput, OrgParams, Uuid } from "../../http/common.schemas.ts";
import { ApplicationStatus } from "./calls.schemas.ts";

const Score = z.number().int().min(-1000).max(1000);

const CriterionInput = z
  .object({
    name: LocalizedTextInput,
    weight: z.number().positive().max(1000).openapi({ description: "Relative weight; weights are normalised" }),
    min: Score.openapi({ example: 1 }),
    max: Score.openapi({ example: 5 }),
    anchors: z
      .record(z.string().regex(/^-?\d{1,4}$/), LocalizedTextInput)
      .nullish()
      .openapi({
        description: "What a score means, by score",
        example: { "1": { en: "Not yet" }, "5": { en: "Outstanding" } },
      }),
  })
  .openapi("ReviewCriterionInput");

const StageInput = z
  .object({ name: LocalizedTextInput, criteria: z.array(CriterionInput).min(1).max(30) })
  .openapi("ReviewStageInput");

export const ReviewSetupInput = z
  .object({
    blindReview: z.boolean().default(false).openapi({ description: "Reviewers see no names or contact details" }),
    stages: z.array(StageInput).min(1).max(12),
  })
  .superRefine((setup, issues) => {
    setup.stages.forEach((stage, s) => {
      stage.criteria.forEach((criterion, c) => {
        const at = ["stages", s, "criteria", c];
        if (criterion.min >= criterion.max) {
          issues.addIssue({
            code: "custom",
            path: [...at, "max"],
            message: "The scale's top is not above its bottom",
            params: { code: "errors.minAboveMax" },
          });
        }
        for (const score of Object.keys(criterion.anchors ?? {})) {
          if (Number(score) < criterion.min || Number(score) > criterion.max) {
            issues.addIssue({
              code: "custom",
              path: [...at, "anchors", score],
              message: "An anchor for a score outside the scale",
              params: { code: "errors.scoreOutOfScale" },
            });
          }
        }
      });
    });
  });
export type ReviewSetupInput = z.infer<typeof ReviewSetupInput>;

export const Criterion = z
  .object({
    id: Uuid,
    name: LocalizedTextOutput,
    weight: z.number(),
    min: z.number().int(),
    max: z.number().int(),
    anchors: z.record(z.string(), LocalizedTextOutput).nullable(),
  })
  .openapi("ReviewCriterion");

export const Stage = z
  .object({ id: Uuid, position: z.number().int(), name: LocalizedTextOutput, criteria: z.array(Criterion) })
  .openapi("ReviewStage");

export const ReviewSetup = z
  .object({ callId: Uuid, blindReview: z.boolean(), stages: z.array(Stage) })
  .openapi("ReviewSetup");

export const moveActions = ["advance", "hold", "reject"] as const;

export const MoveInput = z
  .object({
    action: z.enum(moveActions).openapi({ description: "Advance to the next stage, hold in this one, or reject" }),
    fromStageId: Uuid.nullable().openapi({
      description: "The stage the applications are in; null for submitted applications not yet in review",
    }),
    applicationIds: z.array(Uuid).min(1).max(500),
  })
  .openapi("ReviewMoveInput");
export type MoveInput = z.infer<typeof MoveInput>;

export const MoveResult = z
  .object({ action: z.enum(moveActions), toStageId: Uuid.nullable(), moved: z.number().int() })
  .openapi("ReviewMoveResult");

export const StageParams = OrgParams.extend({ stageId: Uuid });
export const AssignmentParams = OrgParams.extend({ assignmentId: Uuid });

export const AssignInput = z
  .object({
    applicationIds: z.array(Uuid).min(1).max(500),
    reviewerUserIds: z.array(z.string().min(1).max(100)).min(1).max(100),
  })
  .openapi("AssignReviewersInput");
export type AssignInput = z.infer<typeof AssignInput>;

export const BalanceInput = z
  .object({
    reviewerUserIds: z.array(z.string().min(1).max(100)).min(1).max(100),
    reviewsPerApplication: z.number().int().min(1).max(20),
  })
  .openapi("BalanceReviewersInput");
export type BalanceInput = z.infer<typeof BalanceInput>;

export const ReviewerLoads = z
  .object({
    stageId: Uuid,
    loads: z.array(z.object({ reviewerUserId: z.string(), name: z.string(), assigned: z.number().int() })),
  })
  .openapi("ReviewerLoads");

export const RankedApplication = z
  .object({
    applicationId: Uuid,
    applicantName: z.string().openapi({ description: "A number in place of the name when review is blind" }),
    status: ApplicationStatus,
    held: z.boolean(),
    reviewers: z.array(
      z.object({
        assignmentId: Uuid,
        userId: z.string(),
        name: z.string(),
        scored: z.boolean().openapi({ description: "Scored in this stage, so the assignment stays" }),
      }),
    ),
    reviews: z.number().int().openapi({ description: "Reviewers who scored" }),
    weightedMean: z.number().nullable().openapi({ description: "Mean of the reviewers' weighted scores" }),
    spread: z.number().nullable().openapi({ description: "Highest minus lowest reviewer's weighted score" }),
  })
  .openapi("RankedApplication");

export const StageRanking = z
  .object({ callId: Uuid, stage: Stage, applications: z.array(RankedApplication) })
  .openapi("StageRanking");

export const Reviewer = z
  .object({ userId: z.string(), name: z.string(), email: z.string(), role: z.string() })
  .openapi("Reviewer");

export const AssignmentSummary = z
  .object({
    id: Uuid,
    applicationId: Uuid,
    callId: Uuid,
    callTitle: LocalizedTextOutput,
    stageId: Uuid,
    stageName: LocalizedTextOutput,
    applicantName: z.string(),
    scoredCriteria: z.number().int(),
    criteria: z.number().int(),
  })
  .openapi("ReviewAssignment");

export const MyScore = z.object({ criterionId: Uuid, score: z.number().int(), comment: z.string().nullable() });

export const AssignmentDetail = AssignmentSummary.omit({ scoredCriteria: true, criteria: true })
  .extend({
    blind: z.boolean(),
    answers: z.record(z.string(), z.unknown()),
    rubric: z.array(Criterion),
    scores: z.array(MyScore),
  })
  .openapi("ReviewAssignmentDetail");

export const ScoresInput = z
  .object({
    scores: z
      .array(
        z.object({
          criterionId: Uuid,
          score: z.number().int(),
          comment: z.string().trim().max(5000).nullish(),
        }),
      )
      .min(1)
      .max(30),
  })
  .openapi("ReviewScoresInput");
export type ScoresInput = z.infer<typeof ScoresInput>;

export const ConflictInput = z.object({ reason: z.string().trim().max(2000).nullish() }).openapi("ReviewConflictInput");
