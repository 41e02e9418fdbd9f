/** Staged review: staff set up stages and rubrics, move applications, assign reviewers; reviewers score. */
import { and, asc, count, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { user as users } from "../../auth/auth.tables.ts";
import type { Db } from "../../db/client.ts";
import { requireOwned } from "../../db/owned-rows.ts";
import { type OrgContext, permissions } from "../../http/context.ts";
import { Conflict, type FieldIssue, NotFound, ValidationFailed } from "../../http/errors.ts";
import { memberships } from "../organizations/organizations.tables.ts";
import { recordActorEvent, requireCall, requireStage } from "./calls.records.ts";
import type { AssignInput, BalanceInput, MoveInput, ReviewSetupInput, ScoresInput } from "./calls.reviews.schemas.ts";
import {
  reviewAssignments,
  reviewConflicts,
  reviewCriteria,
  reviewPlacements,
  reviewScores,
  reviewStages,
} from "./calls.reviews.tables.ts";
import { queueDecisionMail, recordEvent } from "./calls.service.ts";
import { applications, callFields, calls } from "./calls.tables.ts";

type Rows<T> = { rows: T[] };

function invalid(issues: FieldIssue[]): never {
  throw new ValidationFailed(issues, issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "));
}

async function stagesOf(db: Db, ctx: OrgContext, callId: string) {
  const stages = await db
    .select()
    .from(reviewStages)
    .where(and(eq(reviewStages.organizationId, ctx.organizationId), eq(reviewStages.callId, callId)))
    .orderBy(asc(reviewStages.position));
  const criteria = stages.length
    ? await db
        .select()
        .from(reviewCriteria)
        .where(
          and(
            eq(reviewCriteria.organizationId, ctx.organizationId),
            inArray(
              reviewCriteria.stageId,
              stages.map((stage) => stage.id),
            ),
          ),
        )
        .orderBy(asc(reviewCriteria.position))
    : [];
  return stages.map((stage) => ({
    id: stage.id,
    position: stage.position,
    name: stage.name,
    criteria: criteria
      .filter((criterion) => criterion.stageId === stage.id)
      .map((criterion) => ({
        id: criterion.id,
        name: criterion.name,
        weight: criterion.weight,
        min: criterion.scaleMin,
        max: criterion.scaleMax,
        anchors: criterion.anchors ?? null,
      })),
  }));
}

/** The organization's scores that match `where`; each comes with its criterion, whose stage it belongs to. */
async function countScores(db: Db, ctx: OrgContext, ...where: SQL[]) {
  const [{ scored }] = await db
    .select({ scored: count() })
    .from(reviewScores)
    .innerJoin(reviewCriteria, eq(reviewCriteria.id, reviewScores.criterionId))
    .where(and(eq(reviewScores.organizationId, ctx.organizationId), ...where));
  return scored;
}

export async function getReviewSetup(ctx: OrgContext, callId: string) {
  const call = await requireCall(ctx.db, ctx, callId);
  return { callId, blindReview: call.blindReview, stages: await stagesOf(ctx.db, ctx, callId) };
}

/** Criteria keep their identity by position too, so a reviewer's open form stays valid after a wording fix. */
async function writeRubric(
  db: Db,
  ctx: OrgContext,
  stageId: string,
  criteria: ReviewSetupInput["stages"][number]["criteria"],
) {
  const existing = await db
    .select({ id: reviewCriteria.id })
    .from(reviewCriteria)
    .where(and(eq(reviewCriteria.organizationId, ctx.organizationId), eq(reviewCriteria.stageId, stageId)))
    .orderBy(asc(reviewCriteria.position));
  const removed = existing.slice(criteria.length).map((criterion) => criterion.id);
  if (removed.length > 0) await db.delete(reviewCriteria).where(inArray(reviewCriteria.id, removed));
  for (const [position, criterion] of criteria.entries()) {
    const values = {
      name: criterion.name,
      weight: criterion.weight,
      scaleMin: criterion.min,
      scaleMax: criterion.max,
      anchors: criterion.anchors ?? null,
    };
    const criterionId = existing[position]?.id;
    if (criterionId) await db.update(reviewCriteria).set(values).where(eq(reviewCriteria.id, criterionId));
    else await db.insert(reviewCriteria).values({ ...values, organizationId: ctx.organizationId, stageId, position });
  }
}

/**
 * Staff set the call's stages and rubrics. Stages keep their identity by position, so applications already placed
 * stay where they are; once anyone has scored, rubrics are frozen (the scores would lose their meaning).
 */
export async function configureReviewStages(ctx: OrgContext, callId: string, input: ReviewSetupInput) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // The call row lock keeps two staff from replacing the stages at once.
    await requireCall(db, ctx, callId, "update");
    const existing = await db
      .select()
      .from(reviewStages)
      .where(and(eq(reviewStages.organizationId, ctx.organizationId), eq(reviewStages.callId, callId)))
      .orderBy(asc(reviewStages.position));
    if (existing.length > 0) {
      const scored = await countScores(
        db,
        ctx,
        inArray(
          reviewCriteria.stageId,
          existing.map((stage) => stage.id),
        ),
      );
      if (scored > 0) throw new Conflict("errors.stageHasScores", "Reviewers have scored; the stages stay as they are");
    }
    const removed = existing.slice(input.stages.length);
    if (removed.length > 0) {
      const [{ placed }] = await db
        .select({ placed: count() })
        .from(reviewPlacements)
        .where(
          and(
            eq(reviewPlacements.organizationId, ctx.organizationId),
            inArray(
              reviewPlacements.stageId,
              removed.map((stage) => stage.id),
            ),
          ),
        );
      if (placed > 0) {
        throw new Conflict("errors.stageHasApplications", "Applications are in a stage this would remove", [
          { path: "json.stages", code: "errors.stageHasApplications", message: "Keep at least as many stages" },
        ]);
      }
      await db.delete(reviewStages).where(
        inArray(
          reviewStages.id,
          removed.map((stage) => stage.id),
        ),
      );
    }
    for (const [position, stage] of input.stages.entries()) {
      let stageId = existing[position]?.id;
      if (stageId) {
        await db.update(reviewStages).set({ name: stage.name }).where(eq(reviewStages.id, stageId));
      } else {
        const [created] = await db
          .insert(reviewStages)
          .values({ organizationId: ctx.organizationId, callId, position, name: stage.name })
          .returning({ id: reviewStages.id });
        stageId = created.id;
      }
      await writeRubric(db, ctx, stageId, stage.criteria);
    }
    await db.update(calls).set({ blindReview: input.blindReview }).where(eq(calls.id, callId));
  });
  return getReviewSetup(ctx, callId);
}

/**
 * Staff advance, hold or reject applications that are all in one stage (or, with no stage, submitted and not yet
 * in review), all or nothing: one application elsewhere refuses the whole move and names itself.
 */
export async function moveApplications(ctx: OrgContext, callId: string, input: MoveInput) {
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const call = await requireCall(db, ctx, callId);
    const stages = await stagesOf(db, ctx, callId);
    const fromIndex = input.fromStageId ? stages.findIndex((stage) => stage.id === input.fromStageId) : -1;
    if (input.fromStageId && fromIndex < 0) {
      invalid([{ path: "json.fromStageId", code: "errors.notInStage", message: "Not a stage of this call" }]);
    }
    if (input.action === "hold" && !input.fromStageId) {
      invalid([{ path: "json.fromStageId", code: "errors.notInStage", message: "Hold applies within a stage" }]);
    }
    const target = input.action === "advance" ? stages[fromIndex + 1] : undefined;
    if (input.action === "advance" && !target) {
      throw new Conflict("errors.noNextStage", "There is no further stage; decide on these applications instead");
    }
    const ids = [...new Set(input.applicationIds)];
    // Locked so that two staff moving the same applications take turns, and the check below stays true.
    const rows = await db
      .select({ application: applications, stageId: reviewPlacements.stageId })
      .from(applications)
      .leftJoin(reviewPlacements, eq(reviewPlacements.applicationId, applications.id))
      .where(and(eq(applications.organizationId, ctx.organizationId), inArray(applications.id, ids)))
      .for("update", { of: applications });
    const byId = new Map(rows.map((row) => [row.application.id, row]));
    input.applicationIds.forEach((id, index) => {
      const row = byId.get(id);
      const inPlace =
        row &&
        row.application.callId === callId &&
        row.application.status === "submitted" &&
        (row.stageId ?? null) === input.fromStageId;
      if (!inPlace) {
        invalid([
          {
            path: `json.applicationIds.${index}`,
            code: "errors.notInStage",
            message: `Application ${id} is not a submitted application in the expected stage`,
          },
        ]);
      }
    });
    const now = ctx.clock();
    for (const id of ids) {
      const { application } = byId.get(id) as (typeof rows)[number];
      if (input.action === "advance" && target) {
        await db
          .insert(reviewPlacements)
          .values({ applicationId: id, organizationId: ctx.organizationId, stageId: target.id, movedAt: now })
          .onConflictDoUpdate({
            target: reviewPlacements.applicationId,
            set: { stageId: target.id, heldAt: null, movedAt: now },
          });
        await recordEvent(db, application, ctx.actor.userId, "advanced", now, {
          fromStageId: input.fromStageId,
          toStageId: target.id,
        });
      } else if (input.action === "hold") {
        await db.update(reviewPlacements).set({ heldAt: now }).where(eq(reviewPlacements.applicationId, id));
        await recordEvent(db, application, ctx.actor.userId, "held", now, { stageId: input.fromStageId });
      } else {
        await db.update(applications).set({ status: "rejected", decidedAt: now }).where(eq(applications.id, id));
        await recordEvent(db, application, ctx.actor.userId, "rejected", now, {
          from: application.status,
          stageId: input.fromStageId,
        });
        await queueDecisionMail(db, ctx, application, call, "rejected");
      }
    }
    return { action: input.action, toStageId: target?.id ?? null, moved: ids.length };
  });
}

const reviewerRoles = [...permissions["reviews.score"]];

/** Members who may be assigned to review (their role may score), for the staff who assign them. */
export async function listReviewers(ctx: OrgContext) {
  return ctx.db
    .select({ userId: memberships.userId, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.organizationId), inArray(memberships.role, reviewerRoles)))
    .orderBy(asc(users.name), asc(memberships.userId));
}

/** Reviewers are members whose role may score: staff or mentors. */
async function requireReviewers(db: Db, ctx: OrgContext, userIds: string[]) {
  const found = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, ctx.organizationId),
        inArray(memberships.userId, userIds),
        inArray(memberships.role, reviewerRoles),
      ),
    );
  const known = new Set(found.map((row) => row.userId));
  const issues = userIds.flatMap((userId, index) =>
    known.has(userId)
      ? []
      : [{ path: `json.reviewerUserIds.${index}`, code: "errors.notAReviewer", message: "Not a reviewer here" }],
  );
  if (issues.length > 0) invalid(issues);
}

/** Submitted applications in the stage, in order of submission. */
async function applicationsInStage(db: Db, ctx: OrgContext, stageId: string) {
  return db
    .select({ application: applications })
    .from(reviewPlacements)
    .innerJoin(applications, eq(applications.id, reviewPlacements.applicationId))
    .where(
      and(
        eq(reviewPlacements.organizationId, ctx.organizationId),
        eq(reviewPlacements.stageId, stageId),
        eq(applications.status, "submitted"),
      ),
    )
    .orderBy(asc(applications.submittedAt), asc(applications.id));
}

async function conflictsOf(db: Db, ctx: OrgContext, applicationIds: string[]) {
  if (applicationIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ applicationId: reviewConflicts.applicationId, userId: reviewConflicts.reviewerUserId })
    .from(reviewConflicts)
    .where(
      and(
        eq(reviewConflicts.organizationId, ctx.organizationId),
        inArray(reviewConflicts.applicationId, applicationIds),
      ),
    );
  return new Set(rows.map((row) => `${row.applicationId}/${row.userId}`));
}

type NewAssignment = { application: typeof applications.$inferSelect; reviewerUserId: string };

async function insertAssignments(db: Db, ctx: OrgContext, stageId: string, wanted: NewAssignment[]) {
  const now = ctx.clock();
  for (const { application, reviewerUserId } of wanted) {
    const inserted = await db
      .insert(reviewAssignments)
      .values({ organizationId: ctx.organizationId, stageId, applicationId: application.id, reviewerUserId })
      .onConflictDoNothing()
      .returning({ id: reviewAssignments.id });
    if (inserted.length > 0) {
      await recordEvent(db, application, ctx.actor.userId, "reviewer_assigned", now, { stageId, reviewerUserId });
    }
  }
}

export async function reviewerLoads(ctx: OrgContext, stageId: string) {
  await requireStage(ctx.db, ctx, stageId);
  const loads = await ctx.db
    .select({ reviewerUserId: reviewAssignments.reviewerUserId, name: users.name, assigned: count() })
    .from(reviewAssignments)
    .innerJoin(users, eq(users.id, reviewAssignments.reviewerUserId))
    .where(and(eq(reviewAssignments.organizationId, ctx.organizationId), eq(reviewAssignments.stageId, stageId)))
    .groupBy(reviewAssignments.reviewerUserId, users.name)
    .orderBy(asc(users.name), asc(reviewAssignments.reviewerUserId));
  return { stageId, loads };
}

/** Staff assign each chosen reviewer to each chosen application of the stage; a conflicted reviewer is refused. */
export async function assignReviewers(ctx: OrgContext, stageId: string, input: AssignInput) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // The stage row lock makes two staff assigning at once take turns, so loads are counted right.
    await requireStage(db, ctx, stageId, "update");
    await requireReviewers(db, ctx, input.reviewerUserIds);
    const inStage = new Map(
      (await applicationsInStage(db, ctx, stageId)).map((row) => [row.application.id, row.application]),
    );
    const issues = input.applicationIds.flatMap((id, index) =>
      inStage.has(id)
        ? []
        : [
            {
              path: `json.applicationIds.${index}`,
              code: "errors.notInStage",
              message: `Application ${id} is not here`,
            },
          ],
    );
    if (issues.length > 0) invalid(issues);
    const conflicts = await conflictsOf(db, ctx, input.applicationIds);
    const wanted: NewAssignment[] = [];
    for (const id of input.applicationIds) {
      for (const [index, reviewerUserId] of input.reviewerUserIds.entries()) {
        if (conflicts.has(`${id}/${reviewerUserId}`)) {
          throw new Conflict("errors.reviewerConflicted", "This reviewer declared a conflict with an application", [
            {
              path: `json.reviewerUserIds.${index}`,
              code: "errors.reviewerConflicted",
              message: `Conflicted on ${id}`,
            },
          ]);
        }
        wanted.push({ application: inStage.get(id) as NewAssignment["application"], reviewerUserId });
      }
    }
    await insertAssignments(db, ctx, stageId, wanted);
  });
  return reviewerLoads(ctx, stageId);
}

/**
 * Gives every submitted application of the stage `reviewsPerApplication` reviewers from the chosen ones, always
 * to the least loaded reviewer (ties in turn), so loads differ by at most one; existing assignments count.
 */
export async function balanceReviewers(ctx: OrgContext, stageId: string, input: BalanceInput) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // The stage row lock makes two staff assigning at once take turns, so loads are counted right.
    await requireStage(db, ctx, stageId, "update");
    const reviewers = [...new Set(input.reviewerUserIds)];
    await requireReviewers(db, ctx, reviewers);
    if (input.reviewsPerApplication > reviewers.length) {
      invalid([
        {
          path: "json.reviewsPerApplication",
          code: "errors.notEnoughReviewers",
          message: `Only ${reviewers.length} reviewers were chosen`,
        },
      ]);
    }
    const inStage = (await applicationsInStage(db, ctx, stageId)).map((row) => row.application);
    const existing = await db
      .select({ applicationId: reviewAssignments.applicationId, userId: reviewAssignments.reviewerUserId })
      .from(reviewAssignments)
      .where(and(eq(reviewAssignments.organizationId, ctx.organizationId), eq(reviewAssignments.stageId, stageId)));
    const load = new Map(reviewers.map((userId) => [userId, 0]));
    const assigned = new Map<string, Set<string>>();
    for (const row of existing) {
      if (load.has(row.userId)) load.set(row.userId, (load.get(row.userId) ?? 0) + 1);
      assigned.set(row.applicationId, (assigned.get(row.applicationId) ?? new Set()).add(row.userId));
    }
    const conflicts = await conflictsOf(
      db,
      ctx,
      inStage.map((application) => application.id),
    );
    const wanted: NewAssignment[] = [];
    let turn = 0;
    for (const application of inStage) {
      const taken = assigned.get(application.id) ?? new Set<string>();
      for (let need = input.reviewsPerApplication - taken.size; need > 0; need--) {
        const candidates = reviewers
          .map((userId, index) => ({ userId, order: (index - turn + reviewers.length) % reviewers.length }))
          .filter(({ userId }) => !taken.has(userId) && !conflicts.has(`${application.id}/${userId}`))
          .sort((a, b) => (load.get(a.userId) ?? 0) - (load.get(b.userId) ?? 0) || a.order - b.order);
        const chosen = candidates[0];
        if (!chosen) {
          throw new Conflict("errors.notEnoughReviewers", "Too few reviewers without a conflict for an application", [
            { path: "json.reviewerUserIds", code: "errors.notEnoughReviewers", message: `For ${application.id}` },
          ]);
        }
        taken.add(chosen.userId);
        load.set(chosen.userId, (load.get(chosen.userId) ?? 0) + 1);
        turn = (reviewers.indexOf(chosen.userId) + 1) % reviewers.length;
        wanted.push({ application, reviewerUserId: chosen.userId });
      }
    }
    await insertAssignments(db, ctx, stageId, wanted);
  });
  return reviewerLoads(ctx, stageId);
}

type RankingRow = {
  application_id: string;
  status: string;
  held: boolean;
  applicant_name: string;
  applicant_number: number;
  reviews: number;
  weighted_mean: number | null;
  spread: number | null;
};

/**
 * The stage view: its applications ranked by the mean of each reviewer's weighted score (weights normalised over
 * the criteria that reviewer scored), with the number of reviews and their spread, computed from the score rows.
 */
export async function rankStage(ctx: OrgContext, stageId: string) {
  const stage = await requireStage(ctx.db, ctx, stageId);
  const [stageView] = (await stagesOf(ctx.db, ctx, stage.callId)).filter((candidate) => candidate.id === stageId);
  const result = (await ctx.db.execute(sql`
    with reviewer_scores as (
      select s.application_id, s.reviewer_user_id, sum(c.weight * s.score) / sum(c.weight) as weighted
      from review_scores s
      join review_criteria c on c.id = s.criterion_id
      where s.organization_id = ${ctx.organizationId} and c.stage_id = ${stageId}
      group by s.application_id, s.reviewer_user_id
    )
    select p.application_id, a.status, p.held_at is not null as held,
      coalesce(g.name, pe.full_name, '') as applicant_name,
      (select count(*)::int from applications a2
        where a2.call_id = a.call_id and a2.submitted_at is not null
          and (a2.submitted_at, a2.id) <= (a.submitted_at, a.id)) as applicant_number,
      count(rs.reviewer_user_id)::int as reviews,
      avg(rs.weighted)::float8 as weighted_mean,
      (max(rs.weighted) - min(rs.weighted))::float8 as spread
    from review_placements p
    join applications a on a.id = p.application_id
    left join people pe on pe.id = a.person_id
    left join groups g on g.id = a.group_id
    left join reviewer_scores rs on rs.application_id = p.application_id
    where p.organization_id = ${ctx.organizationId} and p.stage_id = ${stageId}
    group by p.application_id, a.status, p.held_at, g.name, pe.full_name, a.submitted_at, a.call_id, a.id
    order by weighted_mean desc nulls last, a.submitted_at asc, p.application_id asc
  `)) as unknown as Rows<RankingRow>;
  const reviewers = await ctx.db
    .select({
      assignmentId: reviewAssignments.id,
      applicationId: reviewAssignments.applicationId,
      userId: reviewAssignments.reviewerUserId,
      name: users.name,
    })
    .from(reviewAssignments)
    .innerJoin(users, eq(users.id, reviewAssignments.reviewerUserId))
    .where(and(eq(reviewAssignments.organizationId, ctx.organizationId), eq(reviewAssignments.stageId, stageId)))
    .orderBy(asc(users.name));
  const scoredBy = new Set(
    (
      await ctx.db
        .selectDistinct({ applicationId: reviewScores.applicationId, userId: reviewScores.reviewerUserId })
        .from(reviewScores)
        .innerJoin(reviewCriteria, eq(reviewCriteria.id, reviewScores.criterionId))
        .where(and(eq(reviewScores.organizationId, ctx.organizationId), eq(reviewCriteria.stageId, stageId)))
    ).map((row) => `${row.applicationId}/${row.userId}`),
  );
  const number = (value: unknown) => (value == null ? null : Number(value));
  const [{ blind }] = await ctx.db.select({ blind: calls.blindReview }).from(calls).where(eq(calls.id, stage.callId));
  return {
    callId: stage.callId,
    stage: stageView,
    applications: result.rows.map((row) => ({
      applicationId: row.application_id,
      applicantName: blind ? blindName(Number(row.applicant_number)) : row.applicant_name,
      status: row.status as (typeof applications.$inferSelect)["status"],
      held: Boolean(row.held),
      reviewers: reviewers
        .filter((reviewer) => reviewer.applicationId === row.application_id)
        .map(({ assignmentId, applicationId, userId, name }) => ({
          assignmentId,
          userId,
          name,
          scored: scoredBy.has(`${applicationId}/${userId}`),
        })),
      reviews: Number(row.reviews),
      weightedMean: number(row.weighted_mean),
      spread: number(row.spread),
    })),
  };
}

/**
 * Staff take a reviewer off an application in a stage. Once they have scored it there the assignment stays
 * (409): their scores count in the ranking, and only the reviewer may withdraw them by declaring a conflict.
 */
export async function unassignReviewer(ctx: OrgContext, assignmentId: string) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // Locked against scoring (which takes a share lock), so scores written meanwhile are counted below.
    const assignment = await requireOwned(
      db,
      ctx.organizationId,
      reviewAssignments,
      assignmentId,
      "assignment",
      "update",
    );
    const scored = await countScores(
      db,
      ctx,
      eq(reviewScores.applicationId, assignment.applicationId),
      eq(reviewScores.reviewerUserId, assignment.reviewerUserId),
      eq(reviewCriteria.stageId, assignment.stageId),
    );
    if (scored > 0) throw new Conflict("errors.assignmentScored", "This reviewer has scored; the assignment stays");
    await db.delete(reviewAssignments).where(eq(reviewAssignments.id, assignmentId));
    await recordActorEvent(db, ctx, assignment.applicationId, "reviewer_unassigned", {
      stageId: assignment.stageId,
      reviewerUserId: assignment.reviewerUserId,
    });
  });
  return { ok: true as const };
}

// ——— Reviewers ———

/** In a blind review the applicant is a number: their place in the order of submission to the call. */
function blindName(applicantNumber: number) {
  return `Applicant #${applicantNumber}`;
}

const applicantNumber = sql<number>`(
  select count(*)::int from applications a2
  where a2.call_id = ${applications.callId} and a2.submitted_at is not null
    and (a2.submitted_at, a2.id) <= (${applications.submittedAt}, ${applications.id})
)`;
const applicantName = sql<string>`coalesce(
  (select name from groups where groups.id = ${applications.groupId}),
  (select full_name from people where people.id = ${applications.personId}),
  ''
)`;

/** Narrows the reviewer's assignments to one assignment or to those on one application. */
type AssignmentFilter = { assignmentId?: string; applicationId?: string };

/**
 * The signed-in reviewer's assignments on submitted applications still in that stage; one they are not assigned
 * to, or declared a conflict on, does not exist for them.
 */
function myAssignments(db: Db, ctx: OrgContext, filter: AssignmentFilter = {}) {
  return db
    .select({
      id: reviewAssignments.id,
      applicationId: reviewAssignments.applicationId,
      callId: calls.id,
      callTitle: calls.title,
      blind: calls.blindReview,
      stageId: reviewStages.id,
      stageName: reviewStages.name,
      applicantName,
      applicantNumber,
      answers: applications.answers,
      organizationId: applications.organizationId,
    })
    .from(reviewAssignments)
    .innerJoin(
      reviewPlacements,
      and(
        eq(reviewPlacements.applicationId, reviewAssignments.applicationId),
        eq(reviewPlacements.stageId, reviewAssignments.stageId),
      ),
    )
    .innerJoin(applications, eq(applications.id, reviewAssignments.applicationId))
    .innerJoin(reviewStages, eq(reviewStages.id, reviewAssignments.stageId))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .leftJoin(
      reviewConflicts,
      and(
        eq(reviewConflicts.applicationId, reviewAssignments.applicationId),
        eq(reviewConflicts.reviewerUserId, reviewAssignments.reviewerUserId),
      ),
    )
    .where(
      and(
        eq(reviewAssignments.organizationId, ctx.organizationId),
        eq(reviewAssignments.reviewerUserId, ctx.actor.userId),
        eq(applications.status, "submitted"),
        isNull(reviewConflicts.applicationId),
        filter.assignmentId ? eq(reviewAssignments.id, filter.assignmentId) : undefined,
        filter.applicationId ? eq(reviewAssignments.applicationId, filter.applicationId) : undefined,
      ),
    )
    .orderBy(asc(calls.id), asc(reviewStages.position), asc(applications.submittedAt));
}

type AssignmentRow = Awaited<ReturnType<typeof myAssignments>>[number];

/**
 * Whether the signed-in reviewer sees the application whole, files included: it is one of their assignments and
 * the review is open, as a blind review hides the answers that tend to name the applicant.
 */
export async function reviewsOpenly(ctx: OrgContext, applicationId: string) {
  const assignments = await myAssignments(ctx.db, ctx, { applicationId });
  return assignments.some((assignment) => !assignment.blind);
}

const shownName = (row: AssignmentRow) => (row.blind ? blindName(row.applicantNumber) : row.applicantName);

async function myScores(db: Db, ctx: OrgContext, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: reviewScores.applicationId,
      stageId: reviewCriteria.stageId,
      criterionId: reviewScores.criterionId,
      score: reviewScores.score,
      comment: reviewScores.comment,
    })
    .from(reviewScores)
    .innerJoin(reviewCriteria, eq(reviewCriteria.id, reviewScores.criterionId))
    .where(
      and(
        eq(reviewScores.organizationId, ctx.organizationId),
        eq(reviewScores.reviewerUserId, ctx.actor.userId),
        inArray(reviewScores.applicationId, applicationIds),
      ),
    )
    .orderBy(asc(reviewCriteria.position));
}

export async function listMyAssignments(ctx: OrgContext) {
  const rows = await myAssignments(ctx.db, ctx).limit(1000);
  const scores = await myScores(
    ctx.db,
    ctx,
    rows.map((row) => row.applicationId),
  );
  const criteriaCounts = new Map<string, number>();
  if (rows.length > 0) {
    const counted = await ctx.db
      .select({ stageId: reviewCriteria.stageId, n: count() })
      .from(reviewCriteria)
      .where(
        and(
          eq(reviewCriteria.organizationId, ctx.organizationId),
          inArray(reviewCriteria.stageId, [...new Set(rows.map((row) => row.stageId))]),
        ),
      )
      .groupBy(reviewCriteria.stageId);
    for (const row of counted) criteriaCounts.set(row.stageId, row.n);
  }
  return rows.map((row) => ({
    id: row.id,
    applicationId: row.applicationId,
    callId: row.callId,
    callTitle: row.callTitle,
    stageId: row.stageId,
    stageName: row.stageName,
    applicantName: shownName(row),
    scoredCriteria: scores.filter((score) => score.applicationId === row.applicationId && score.stageId === row.stageId)
      .length,
    criteria: criteriaCounts.get(row.stageId) ?? 0,
  }));
}

async function requireMine(db: Db, ctx: OrgContext, assignmentId: string) {
  const [row] = await myAssignments(db, ctx, { assignmentId });
  if (!row) throw new NotFound("assignment");
  return row;
}

/** Answers that reach someone or carry their papers: a blind review hides them whatever staff marked. */
const contactTypes = new Set<string>(["email", "phone", "file"]);

/** The keys of the call's answers a blind review leaves out: contact answers and those staff marked identifying. */
async function identifyingKeys(db: Db, ctx: OrgContext, callId: string) {
  const fields = await db
    .select({ key: callFields.key, type: callFields.type, hidden: callFields.hiddenInBlindReview })
    .from(callFields)
    .where(and(eq(callFields.organizationId, ctx.organizationId), eq(callFields.callId, callId)));
  return new Set(fields.filter((field) => field.hidden || contactTypes.has(field.type)).map((field) => field.key));
}

/** What the reviewer sees; in a blind review identifying answers are left out and the name is a number. */
export async function getMyAssignment(ctx: OrgContext, assignmentId: string) {
  const row = await requireMine(ctx.db, ctx, assignmentId);
  const hidden = row.blind ? await identifyingKeys(ctx.db, ctx, row.callId) : new Set<string>();
  const answers = Object.fromEntries(Object.entries(row.answers).filter(([key]) => !hidden.has(key)));
  const [stage] = (await stagesOf(ctx.db, ctx, row.callId)).filter((candidate) => candidate.id === row.stageId);
  const scores = (await myScores(ctx.db, ctx, [row.applicationId]))
    .filter((score) => score.stageId === row.stageId)
    .map(({ criterionId, score, comment }) => ({ criterionId, score, comment }));
  return {
    id: row.id,
    applicationId: row.applicationId,
    callId: row.callId,
    callTitle: row.callTitle,
    stageId: row.stageId,
    stageName: row.stageName,
    applicantName: shownName(row),
    blind: row.blind,
    answers,
    rubric: stage?.criteria ?? [],
    scores,
  };
}

/** A reviewer scores criteria of the stage's rubric, each an integer on its scale; scoring again replaces. */
export async function scoreApplication(ctx: OrgContext, assignmentId: string, input: ScoresInput) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // Shares the lock an unassignment takes, so it either waits and then sees these scores, or goes first (404).
    await requireOwned(db, ctx.organizationId, reviewAssignments, assignmentId, "assignment", "share");
    const row = await requireMine(db, ctx, assignmentId);
    const criteria = await db
      .select()
      .from(reviewCriteria)
      .where(and(eq(reviewCriteria.organizationId, ctx.organizationId), eq(reviewCriteria.stageId, row.stageId)));
    const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
    const seen = new Set<string>();
    const issues: FieldIssue[] = [];
    input.scores.forEach((entry, index) => {
      const criterion = byId.get(entry.criterionId);
      if (!criterion || seen.has(entry.criterionId)) {
        issues.push({
          path: `json.scores.${index}.criterionId`,
          code: "errors.criterionNotInStage",
          message: criterion ? "Scored twice" : "Not a criterion of this stage's rubric",
        });
      } else if (entry.score < criterion.scaleMin || entry.score > criterion.scaleMax) {
        issues.push({
          path: `json.scores.${index}.score`,
          code: "errors.scoreOutOfScale",
          message: `Score from ${criterion.scaleMin} to ${criterion.scaleMax}`,
        });
      }
      seen.add(entry.criterionId);
    });
    if (issues.length > 0) invalid(issues);
    const now = ctx.clock();
    for (const entry of input.scores) {
      const values = { score: entry.score, comment: entry.comment || null, scoredAt: now };
      await db
        .insert(reviewScores)
        .values({
          ...values,
          organizationId: ctx.organizationId,
          applicationId: row.applicationId,
          criterionId: entry.criterionId,
          reviewerUserId: ctx.actor.userId,
        })
        .onConflictDoUpdate({
          target: [reviewScores.applicationId, reviewScores.criterionId, reviewScores.reviewerUserId],
          set: values,
        });
    }
    await recordActorEvent(
      db,
      ctx,
      row.applicationId,
      "scored",
      {
        stageId: row.stageId,
        scores: input.scores.map(({ criterionId, score }) => ({ criterionId, score })),
      },
      now,
    );
  });
  return getMyAssignment(ctx, assignmentId);
}

/**
 * A reviewer declares a conflict of interest: they are unassigned from the application in every stage, their
 * scores on it are discarded, and they cannot be assigned to it again.
 */
export async function declareConflict(ctx: OrgContext, assignmentId: string, input: { reason?: string | null }) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const row = await requireMine(db, ctx, assignmentId);
    const mine = (table: typeof reviewAssignments | typeof reviewScores) =>
      and(
        eq(table.organizationId, ctx.organizationId),
        eq(table.applicationId, row.applicationId),
        eq(table.reviewerUserId, ctx.actor.userId),
      );
    await db.insert(reviewConflicts).values({
      organizationId: ctx.organizationId,
      applicationId: row.applicationId,
      reviewerUserId: ctx.actor.userId,
      reason: input.reason || null,
      declaredAt: ctx.clock(),
    });
    await db.delete(reviewAssignments).where(mine(reviewAssignments));
    const discarded = await db.delete(reviewScores).where(mine(reviewScores)).returning({ id: reviewScores.id });
    await recordActorEvent(db, ctx, row.applicationId, "conflict_declared", {
      stageId: row.stageId,
      reason: input.reason || null,
      discardedScores: discarded.length,
    });
  });
  return { ok: true as const };
}
