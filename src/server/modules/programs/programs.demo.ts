/** The reference programs, their cohorts on a timeline with budgets, and who is enrolled. */

import type { LocalizedText } from "../../../shared/localized-text.ts";
import type { DemoWorkspace } from "../../demo/demo-context.ts";
import { demoGroups, demoOrganization, demoPeople } from "../../demo/demo-context.ts";
import type { OrgContext } from "../../http/context.ts";
import { changeEnrollment, createProgram, enrollInCohort, openCohort } from "./programs.service.ts";
import type { EnrollmentRole, EnrollmentStatus } from "./programs.tables.ts";

type Phase = { name: LocalizedText; startsOn: string; endsOn: string };

/** The fellowship's year as its model describes it: September selection to a July closing event. */
function fellowshipYear(startYear: number): Phase[] {
  const next = startYear + 1;
  return [
    {
      name: { he: "גיוס ומיון", en: "Recruitment and selection" },
      startsOn: `${startYear}-09-01`,
      endsOn: `${startYear}-10-31`,
    },
    { name: { he: "יציאה לדרך", en: "Launch" }, startsOn: `${startYear}-11-01`, endsOn: `${startYear}-11-30` },
    {
      name: { he: "הכשרה ובניית יוזמות", en: "Training and initiative design" },
      startsOn: `${startYear}-12-01`,
      endsOn: `${next}-02-28`,
    },
    { name: { he: "יישום היוזמות", en: "Implementation" }, startsOn: `${next}-03-01`, endsOn: `${next}-07-15` },
    { name: { he: "אירוע סיום", en: "Closing event" }, startsOn: `${next}-07-16`, endsOn: `${next}-07-31` },
  ];
}

/** 200,000 ILS a year, stipends outside it; amounts in agorot. */
const fellowshipBudget = [
  { category: "Training (external provider)", plannedAmount: 100_000_00, currency: "ILS", note: "הכשרה" },
  { category: "Initiative implementation", plannedAmount: 90_000_00, currency: "ILS", note: "יישום היוזמות" },
  { category: "Venue and equipment", plannedAmount: 10_000_00, currency: "ILS", note: "מקום, ציוד הגברה וצילום" },
];

async function enrollAll(
  ctx: OrgContext,
  cohortId: string,
  ids: string[],
  kind: "personId" | "groupId",
  role: EnrollmentRole,
  finalStatus: EnrollmentStatus = "active",
) {
  for (const id of ids) {
    const enrollment = await enrollInCohort(ctx, cohortId, { [kind]: id, role, status: "active" });
    if (finalStatus !== "active") await changeEnrollment(ctx, enrollment.id, { status: finalStatus });
  }
}

async function buildFellowship(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "kivunim-ashdod");
  const program = await createProgram(ctx, {
    type: "fellowship",
    name: { he: "מנהיגות 20/20 – אשדוד", en: "Leadership 20/20 – Ashdod" },
    description: {
      he: "20 סטודנטים, 20 יזמויות חברתיות: קבוצת שייכות וחיבור לעיר ועשייה יזמית משמעותית.",
      en: "20 students, 20 social initiatives: belonging to the city and meaningful social entrepreneurship.",
    },
    defaultCapacity: 20,
    commitmentHours: 150,
  });
  const mentors = demoPeople(workspace, "kivunim-ashdod", "mentors");
  const cohort2020 = await openCohort(ctx, {
    programId: program.id,
    name: { he: "מחזור 2020", en: "Cohort 2020" },
    startsOn: "2019-09-01",
    endsOn: "2020-07-31",
    capacity: 20,
    commitmentHours: 150,
    phases: fellowshipYear(2019),
    budgetLines: fellowshipBudget,
  });
  // Its fellows join through the 2020 call: the calls demo accepts them into this cohort and completes the year.
  await enrollAll(ctx, cohort2020.id, mentors, "personId", "mentor", "completed");
  const current = await openCohort(ctx, {
    programId: program.id,
    name: { he: "מחזור 2027", en: "Cohort 2027" },
    startsOn: "2026-09-01",
    endsOn: "2027-07-31",
    capacity: 20,
    commitmentHours: 150,
    phases: fellowshipYear(2026),
    budgetLines: fellowshipBudget,
  });
  await enrollAll(ctx, current.id, demoPeople(workspace, "kivunim-ashdod", "fellows-2027"), "personId", "participant");
  await enrollAll(ctx, current.id, mentors, "personId", "mentor");
}

async function buildIncubator(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "iidr");
  const program = await createProgram(ctx, {
    type: "incubator",
    name: {
      he: 'חממה ליוזמות שת"פ לחוסן דמוקרטי',
      en: "Incubator of collaborative initiatives for democratic resilience",
    },
    description: {
      he: "סמינרים אינטנסיביים, סדנאות פיתוח יוזמות, עבודה בצוותים, מנטורינג מקצועי ומלגה ליישום היוזמות.",
      en: "Intensive seminars, initiative-development workshops, teamwork, professional mentoring and a stipend per initiative.",
    },
    defaultCapacity: 12,
    commitmentHours: 120,
  });
  const cohort = await openCohort(ctx, {
    programId: program.id,
    name: { he: 'מחזור תשפ"ז', en: "2026–27 cohort" },
    startsOn: "2026-10-15",
    endsOn: "2027-06-30",
    capacity: 12,
    commitmentHours: 120,
    phases: [
      { name: { he: "סמינר פתיחה", en: "Opening seminar" }, startsOn: "2026-10-15", endsOn: "2026-11-15" },
      { name: { he: "סדנאות פיתוח יוזמות", en: "Initiative workshops" }, startsOn: "2026-11-16", endsOn: "2027-02-28" },
      { name: { he: "יישום ופיילוט", en: "Implementation and pilot" }, startsOn: "2027-03-01", endsOn: "2027-06-15" },
      { name: { he: "כנס סיום", en: "Closing conference" }, startsOn: "2027-06-16", endsOn: "2027-06-30" },
    ],
    budgetLines: [
      { category: "Initiative stipends", plannedAmount: 60_000_00, currency: "ILS", note: null },
      { category: "Seminars and mentoring", plannedAmount: 45_000_00, currency: "ILS", note: null },
    ],
  });
  await enrollAll(ctx, cohort.id, demoGroups(workspace, "iidr", "teams"), "groupId", "team");
}

async function buildPartnershipProgram(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "civic-georgia");
  const program = await createProgram(ctx, {
    type: "partnership_program",
    name: { ka: "სამოქალაქო საზოგადოების ჩართულობის პროგრამა", en: "Civil society engagement program" },
    description: {
      ka: "შეხვედრები დაშორებულ თემებში, სასწავლო წრეები, გაცვლითი ვიზიტები და თვითრეფლექსიის შეხვედრები.",
      en: "Community visits, study circles, exchange visits and an annual self-reflection meeting.",
    },
    defaultCapacity: 24,
    commitmentHours: 60,
  });
  const cohort = await openCohort(ctx, {
    programId: program.id,
    name: { ka: "სასწავლო წრეები 2026", en: "Study circles 2026" },
    startsOn: "2026-03-01",
    endsOn: "2026-12-20",
    capacity: 24,
    commitmentHours: 60,
    phases: [
      { name: { ka: "თემებში ვიზიტები", en: "Community visits" }, startsOn: "2026-03-01", endsOn: "2026-05-31" },
      { name: { ka: "სასწავლო წრეები", en: "Study circles" }, startsOn: "2026-06-01", endsOn: "2026-10-31" },
      {
        name: { ka: "სტაჟირება თბილისში", en: "Internships in Tbilisi" },
        startsOn: "2026-11-01",
        endsOn: "2026-12-10",
      },
      {
        name: { ka: "თვითრეფლექსიის შეხვედრა", en: "Self-reflection meeting" },
        startsOn: "2026-12-11",
        endsOn: "2026-12-20",
      },
    ],
    budgetLines: [
      { category: "Study circle trainers", plannedAmount: 18_000_00, currency: "GEL", note: null },
      { category: "Travel to communities", plannedAmount: 9_500_00, currency: "GEL", note: null },
    ],
  });
  await enrollAll(ctx, cohort.id, demoPeople(workspace, "civic-georgia", "study-circles"), "personId", "participant");
  await enrollAll(ctx, cohort.id, demoGroups(workspace, "civic-georgia", "csos"), "groupId", "team");
}

async function buildHub(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "athens-cso-hub");
  const program = await createProgram(ctx, {
    type: "hub",
    name: { el: "Φιλοξενία ομάδων στον χώρο συνεργασίας", en: "Co-working residencies" },
    description: {
      el: "Έως 15 ομάδες ταυτόχρονα, η καθεμία για 6 μήνες, με δυνατότητα ανανέωσης ανάλογα με τις ανάγκες και την πρόοδό της.",
      en: "Up to 15 groups at once, each for 6 months, renewable by need and progress.",
    },
    defaultCapacity: 15,
    commitmentHours: null,
  });
  const cohort = await openCohort(ctx, {
    programId: program.id,
    name: { el: "Φιλοξενία 2026 – Β΄ εξάμηνο", en: "Residencies 2026, second term" },
    startsOn: "2026-07-01",
    endsOn: "2026-12-31",
    capacity: 15,
    commitmentHours: null,
    phases: [
      { name: { el: "Υποδοχή", en: "Onboarding" }, startsOn: "2026-07-01", endsOn: "2026-07-31" },
      {
        name: { el: "Φιλοξενία και υποστήριξη", en: "Residency and support" },
        startsOn: "2026-08-01",
        endsOn: "2026-11-30",
      },
      { name: { el: "Αξιολόγηση ανανέωσης", en: "Renewal review" }, startsOn: "2026-12-01", endsOn: "2026-12-31" },
    ],
    budgetLines: [{ category: "Space operations", plannedAmount: 42_000_00, currency: "EUR", note: null }],
  });
  await enrollAll(ctx, cohort.id, demoGroups(workspace, "athens-cso-hub", "residents"), "groupId", "team");
  await enrollAll(ctx, cohort.id, demoPeople(workspace, "athens-cso-hub", "members").slice(0, 2), "personId", "staff");
}

async function buildAcademy(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "si-academy-slovenia");
  const program = await createProgram(ctx, {
    type: "academy",
    name: { sl: "Akademija družbenih inovacij", en: "Social Innovation Academy" },
    description: {
      sl: "Brezplačen spletni tečaj sedmih modulov s terenskimi delavnicami in festivali v partnerskih državah.",
      en: "A free online course of seven modules with field workshops and festivals in the partner countries.",
    },
    defaultCapacity: 5000,
    commitmentHours: 35,
  });
  const cohort = await openCohort(ctx, {
    programId: program.id,
    name: { sl: "Akademija 2018", en: "Academy 2018" },
    startsOn: "2018-09-10",
    endsOn: "2019-06-30",
    capacity: 5000,
    commitmentHours: 35,
    phases: [
      { name: { sl: "Spletni tečaj", en: "Online course" }, startsOn: "2018-09-10", endsOn: "2019-01-31" },
      { name: { sl: "Terenske delavnice", en: "Field workshops" }, startsOn: "2018-09-17", endsOn: "2018-12-14" },
      { name: { sl: "Festivali", en: "Festivals" }, startsOn: "2018-09-29", endsOn: "2018-11-24" },
    ],
    budgetLines: [],
  });
  await enrollAll(
    ctx,
    cohort.id,
    demoPeople(workspace, "si-academy-slovenia", "learners"),
    "personId",
    "participant",
    "completed",
  );
}

export async function buildProgramsDemo(workspace: DemoWorkspace) {
  await buildFellowship(workspace);
  await buildIncubator(workspace);
  await buildPartnershipProgram(workspace);
  await buildHub(workspace);
  await buildAcademy(workspace);
}
