/** The demo's open calls: the fellowship's 2020 call taken from applications to its cohort, and the Athens residency call. */
import { and, eq, sql } from "drizzle-orm";
import { user as users } from "../../auth/auth.tables.ts";
import { createLogin } from "../../auth/sign-up.ts";
import type { DemoWorkspace } from "../../demo/demo-context.ts";
import { demoOrganization, demoPeople } from "../../demo/demo-context.ts";
import type { OrgContext, SessionUser } from "../../http/context.ts";
import { demoPassword } from "../organizations/organizations.demo.ts";
import { memberships } from "../organizations/organizations.tables.ts";
import { getPerson, recordPerson } from "../people/people.service.ts";
import { changeEnrollment } from "../programs/programs.service.ts";
import { cohorts } from "../programs/programs.tables.ts";
import type { ReviewSetupInput } from "./calls.reviews.schemas.ts";
import {
  balanceReviewers,
  configureReviewStages,
  listMyAssignments,
  moveApplications,
  rankStage,
  scoreApplication,
} from "./calls.reviews.service.ts";
import type { CallInput } from "./calls.schemas.ts";
import {
  type ApplicantContext,
  decideOnApplication,
  draftCall,
  publishCall,
  saveDraft,
  startApplication,
  submitApplication,
} from "./calls.service.ts";
import { createSlot, fillSlots } from "./calls.slots.service.ts";
import type { Answers } from "./calls.tables.ts";

/** The same demo always: a small seeded generator instead of Math.random. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same context at another moment: deadlines and audit times follow the demo's story, not today. */
function at<T extends { clock: () => Date }>(ctx: T, when: string | Date): T {
  const moment = new Date(when);
  return { ...ctx, clock: () => moment };
}

async function userIdByEmail(workspace: DemoWorkspace, email: string) {
  const db = workspace.services.database.db;
  const [found] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!found) throw new Error(`Demo login ${email} is made by the organizations demo first`);
  return found.id;
}

/** A staff member's context in the organization, so the audit trail names who moved and decided. */
async function staffContext(workspace: DemoWorkspace, slug: string, email: string): Promise<OrgContext> {
  const ctx = demoOrganization(workspace, slug);
  return { ...ctx, actor: { userId: await userIdByEmail(workspace, email), role: "program_manager" } };
}

/**
 * Applicants sign in with the demo password like every demo login. Hashing it is deliberately slow, so it is
 * hashed once and the logins are made through better-auth's own adapter with that hash (about 50 of them).
 */
type ApplicantLogins = (name: string, email: string) => Promise<ApplicantContext>;

async function applicantLogins(workspace: DemoWorkspace): Promise<ApplicantLogins> {
  const { auth, database, config, clock } = workspace.services;
  const context = await auth.$context;
  const hash = await context.password.hash(demoPassword);
  return async (name, email) => {
    // What sign-up does after hashing: the user, then its credential account. The demo owns these addresses, so
    // they count as verified: each applicant's login stands for their person record.
    const login = await context.internalAdapter.createUser(
      { name, email, emailVerified: true },
      { method: "email-password" },
    );
    await context.internalAdapter.linkAccount({
      userId: login.id,
      providerId: "credential",
      accountId: login.id,
      password: hash,
    });
    const user: SessionUser = { id: login.id, email: login.email, name: login.name };
    return { db: database.db, clock, config, user };
  };
}

async function cohortNamed(ctx: OrgContext, englishName: string) {
  const [cohort] = await ctx.db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(and(eq(cohorts.organizationId, ctx.organizationId), sql`${cohorts.name}->>'en' = ${englishName}`));
  if (!cohort) throw new Error(`Demo cohort ${englishName} is opened by the programs demo first`);
  return cohort.id;
}

const consentLabel = {
  he: "אני מסכים/ה שהמרכז ישמור את פרטי המועמדות לצורך תהליך המיון",
  en: "I agree that the centre keeps my application for the selection process",
};

// ——— The fellowship's 2020 call ———

const fellowshipForm: CallInput["fields"] = [
  {
    key: "motivation",
    type: "long_text",
    label: { he: "למה את/ה רוצה להצטרף למנהיגות 20/20?", en: "Why do you want to join Leadership 20/20?" },
    help: { he: "עד 300 מילים", en: "Up to 300 words" },
    required: true,
    maxWords: 300,
  },
  {
    key: "initiative",
    type: "long_text",
    label: {
      he: "איזו יוזמה חברתית היית רוצה להוביל באשדוד?",
      en: "Which social initiative would you lead in Ashdod?",
    },
    help: { he: "למי היא מיועדת, ומה ישתנה בזכותה", en: "Whom it is for, and what will change thanks to it" },
    required: true,
    maxWords: 500,
  },
  {
    key: "year_of_study",
    type: "single_choice",
    label: { he: "שנת לימודים", en: "Year of study" },
    required: true,
    options: [
      { value: "year_1", label: { he: "שנה א׳", en: "First year" } },
      { value: "year_2", label: { he: "שנה ב׳", en: "Second year" } },
      { value: "year_3", label: { he: "שנה ג׳", en: "Third year" } },
      { value: "year_4", label: { he: "שנה ד׳", en: "Fourth year" } },
      { value: "graduate", label: { he: "תואר שני", en: "Graduate studies" } },
    ],
  },
  {
    key: "lives_in_ashdod",
    type: "single_choice",
    label: { he: "האם את/ה גר/ה באשדוד?", en: "Do you live in Ashdod?" },
    help: { he: "התוכנית פתוחה לסטודנטים תושבי העיר", en: "The program is open to students who live in the city" },
    required: true,
    options: [
      { value: "yes", label: { he: "כן", en: "Yes" } },
      { value: "no", label: { he: "לא", en: "No" } },
    ],
    eligibility: { equals: "yes" },
  },
  { key: "consent", type: "consent", label: consentLabel, required: true },
];

/** Four stages as the fellowship runs them; every criterion on a 1–5 scale with its ends described. */
function scale(low: string, high: string, lowEn: string, highEn: string) {
  return { min: 1, max: 5, anchors: { "1": { he: low, en: lowEn }, "5": { he: high, en: highEn } } };
}

const fellowshipStages: ReviewSetupInput["stages"] = [
  {
    name: { he: "מיון ראשוני", en: "Screening" },
    criteria: [
      {
        name: { he: "מוטיבציה", en: "Motivation" },
        weight: 2,
        ...scale("כללית", "אישית ומשכנעת", "Generic", "Personal and convincing"),
      },
      {
        name: { he: "רלוונטיות היוזמה לעיר", en: "Relevance of the initiative to the city" },
        weight: 1,
        ...scale("לא ברורה", "עונה על צורך מוכר", "Unclear", "Meets a known need"),
      },
      {
        name: { he: "זמינות ומחויבות", en: "Availability and commitment" },
        weight: 1,
        ...scale("מוגבלת", "מלאה", "Limited", "Full"),
      },
    ],
  },
  {
    name: { he: "מרכז הערכה", en: "Assessment centre" },
    criteria: [
      {
        name: { he: "עבודת צוות", en: "Teamwork" },
        weight: 2,
        ...scale("עובד/ת לבד", "מקדם/ת את הקבוצה", "Works alone", "Moves the group forward"),
      },
      {
        name: { he: "מנהיגות", en: "Leadership" },
        weight: 2,
        ...scale("לא נראתה", "לוקח/ת אחריות ומגייס/ת אחרים", "Not seen", "Takes charge and enlists others"),
      },
      {
        name: { he: "תקשורת", en: "Communication" },
        weight: 1,
        ...scale("מתקשה להסביר", "בהירה ומקשיבה", "Hard to follow", "Clear and listening"),
      },
    ],
  },
  {
    name: { he: "ראיון אישי", en: "Personal interview" },
    criteria: [
      {
        name: { he: "עומק המוטיבציה", en: "Depth of motivation" },
        weight: 2,
        ...scale("שטחית", "נובעת מניסיון אישי", "Shallow", "Grounded in own experience"),
      },
      {
        name: { he: "חיבור לעיר ולקהילה", en: "Connection to the city and community" },
        weight: 1,
        ...scale("חלש", "עמוק ופעיל", "Weak", "Deep and active"),
      },
      {
        name: { he: "מחויבות ל־150 שעות", en: "Commitment to 150 hours" },
        weight: 1,
        ...scale("מסופקת", "ודאית ומתוכננת", "Doubtful", "Certain and planned"),
      },
    ],
  },
  {
    name: { he: "הצגת יוזמה (פיץ׳)", en: "Project pitch" },
    criteria: [
      {
        name: { he: "השפעה חברתית", en: "Social impact" },
        weight: 3,
        ...scale("מעטה", "משמעותית ומדידה", "Little", "Significant and measurable"),
      },
      {
        name: { he: "ישימות", en: "Feasibility" },
        weight: 2,
        ...scale("לא מציאותית", "תוכנית עבודה ברורה", "Unrealistic", "Clear work plan"),
      },
      {
        name: { he: "הצגה", en: "Presentation" },
        weight: 1,
        ...scale("לא משכנעת", "סוחפת", "Unconvincing", "Compelling"),
      },
    ],
  },
];

/** Applicants who are new to the demo (the 20 fellows of the year come from the people demo). */
const newApplicants2020 = [
  "ירדן אלמקייס",
  "הדר בן חיים",
  "אופיר דיין",
  "שקד טובול",
  "אוריה סעדה",
  "בר אוחנה",
  "אלה ממן",
  "עדן יוסף",
  "נוי רביבו",
  "אור בן שמעון",
  "טליה ג׳אן",
  "אביטל כהן",
  "סהר לוגסי",
  "עמית חזות",
  "ליאם אזרזר",
  "מעיין בוסקילה",
  "אריאל שטרית",
  "יהב אלימלך",
  "הודיה עמרני",
  "רז מימון",
  "קורל אבוטבול",
  "שחר נגר",
  "אלמוג זגורי",
  "ענבל טייב",
  "דור אפללו",
];
/** Students of neighbouring towns who answer "no" to living in Ashdod, and are screened out on submitting. */
const livesElsewhere = new Map([
  [6, "אשקלון"],
  [14, "יבנה"],
  [22, "קריית גת"],
]);
/** New applicants who write in English (new immigrants among the city's students). */
const writesInEnglish = new Set([3, 11, 19]);

const motivationOpenings = [
  "גדלתי באשדוד וראיתי איך שכונה שלמה משתנה כשכמה אנשים מחליטים לקחת אחריות.",
  "בשנה האחרונה התנדבתי במרכז הצעירים והבנתי שאני רוצה לעשות יותר מאשר להשתתף.",
  "אני סטודנט/ית שעובד/ת ולומד/ת, ומרגיש/ה שהעיר נותנת לי הרבה ואני רוצה להחזיר לה.",
  "ההורים שלי עלו לאשדוד לפני עשרים שנה, והקהילה כאן הייתה הבית הראשון שלהם.",
  "בצבא הדרכתי חיילים, ומאז אני מחפש/ת מקום להוביל בו שינוי אמיתי.",
  "אני חלק מתנועת נוער כבר עשר שנים ורוצה להביא את הניסיון הזה לעיר.",
];
const motivationMiddles = [
  "אני מאמין/ה שסטודנטים יכולים להיות גשר בין האוניברסיטה לבין השכונות.",
  "חסרה לי קבוצה של אנשים שחושבים כמוני ורוצים לפעול יחד.",
  "למדתי שיוזמה טובה מתחילה בהקשבה לאנשים שהיא נועדה לשרת.",
  "אני רוצה ללמוד איך מגייסים שותפים, מתקציבים פרויקט ומודדים השפעה.",
  "הרבה צעירים עוזבים את העיר אחרי הלימודים, ואני רוצה שתהיה להם סיבה להישאר.",
];
const motivationClosings = [
  "אני מוכן/ה להתחייב לשנה מלאה של עשייה.",
  "התוכנית היא ההזדמנות להפוך רעיון שמלווה אותי שנים למציאות.",
  "אשמח להיות חלק מהמחזור ולתרום מהידע והזמן שלי.",
  "אני יודע/ת שזה דורש הרבה שעות, וזה בדיוק מה שאני מחפש/ת.",
];
const initiativeIdeas = [
  "מועדון קריאה שבועי לילדים בכיתות א׳–ג׳",
  "שוק החלפות של בגדים וספרים לסטודנטים ולמשפחות",
  "גינה קהילתית על גג של מתנ״ס",
  "חונכות במתמטיקה לתלמידי חטיבת ביניים",
  "מפגשי שיח בין ותיקים לעולים חדשים",
  "מיפוי נגישות של חופי העיר לאנשים עם מוגבלות",
  "קבוצת ריצה ערבית לנערות",
  "סדנאות אוריינות דיגיטלית לאזרחים ותיקים",
  "מרכז תיקונים קהילתי לאופניים ולמכשירי חשמל",
  "פודקאסט של בני נוער על ההיסטוריה של השכונות",
  "ארוחות שישי משותפות לסטודנטים בודדים",
  "ליווי בני נוער בכתיבת קורות חיים ובחיפוש עבודה ראשונה",
  "ניקוי חופים חודשי עם בתי הספר",
  "ספריית משחקים שיתופית לגני ילדים",
  "הכנה לבגרות באנגלית בהתנדבות סטודנטים",
];
const quarters = ["רובע א׳", "רובע ג׳", "רובע ה׳", "רובע ז׳", "רובע ט׳", "רובע י״א", "רובע ט״ו", "העיר העתיקה"];

const englishMotivations = [
  "I moved to Ashdod with my family as a teenager, and the youth centre was where I first felt at home. I want to give other young newcomers the same start, and to learn how to lead a project from an idea to a result.",
  "Studying and working at the same time taught me to plan, but I have never led others. The program would give me a group to learn with and a city I want to stay in.",
  "I volunteer with new immigrant families and see how much a small local initiative can change. I am ready to commit a full year.",
];

function hebrewAnswers(index: number, quarter: string, livesInAshdod: boolean): Answers {
  const motivation = [
    motivationOpenings[index % motivationOpenings.length],
    motivationMiddles[(index * 3 + 1) % motivationMiddles.length],
    motivationClosings[(index * 7 + 2) % motivationClosings.length],
  ].join(" ");
  const idea = initiativeIdeas[index % initiativeIdeas.length];
  return {
    motivation,
    initiative: `${idea} ב${quarter}. נתחיל בקבוצה קטנה של מתנדבים, נבנה שותפות עם בית ספר או מתנ״ס בשכונה, ובסוף השנה נציג מה השתנה ולמי.`,
    year_of_study: ["year_1", "year_2", "year_3", "year_4", "graduate"][(index * 2) % 5],
    lives_in_ashdod: livesInAshdod ? "yes" : "no",
    consent: true,
  };
}

function englishAnswers(index: number): Answers {
  return {
    motivation: englishMotivations[index % englishMotivations.length],
    initiative:
      "A weekly conversation club where veteran residents and new immigrants practise Hebrew together, run by student volunteers in a neighbourhood community centre, with a closing event for the families.",
    year_of_study: ["year_2", "year_3", "graduate"][index % 3],
    lives_in_ashdod: "yes",
    consent: true,
  };
}

type Applicant2020 = {
  personId: string;
  fullName: string;
  email: string;
  locale: "he" | "en";
  strength: number;
  answers: Answers;
};

/**
 * Who applies, each with a strength the reviewers' scores follow: the year's 20 fellows strongest, then the
 * five who end on the waitlist, then the rest; so the ranking the stages compute tells the story the year had.
 */
async function applicants2020(workspace: DemoWorkspace, ctx: OrgContext): Promise<Applicant2020[]> {
  const fellows = await Promise.all(
    demoPeople(workspace, "kivunim-ashdod", "fellows-2020").map((personId) => getPerson(ctx, personId)),
  );
  const result: Applicant2020[] = fellows.map((person, index) => ({
    personId: person.id,
    fullName: person.fullName,
    email: person.email as string,
    locale: "he",
    strength: 4.75 - 0.04 * index,
    answers: hebrewAnswers(index, quarters[index % quarters.length], true),
  }));
  const newIds: string[] = [];
  let rank = 0;
  for (const [index, fullName] of newApplicants2020.entries()) {
    const elsewhere = livesElsewhere.get(index);
    const person = await recordPerson(ctx, {
      fullName,
      email: `kivunim-ashdod.applicants-2020.${index + 1}@example.org`,
      phone: null,
      city: elsewhere ?? "אשדוד",
      country: "IL",
      locale: writesInEnglish.has(index) ? "en" : "he",
      notes: null,
    });
    newIds.push(person.id);
    // The first five who live in the city end on the waitlist; the others fall away stage by stage.
    const strength = elsewhere ? 3 : rank < 5 ? 3.7 - 0.07 * rank : 3.3 - 0.085 * (rank - 5);
    if (!elsewhere) rank++;
    result.push({
      personId: person.id,
      fullName,
      email: person.email as string,
      locale: writesInEnglish.has(index) ? "en" : "he",
      strength,
      answers: writesInEnglish.has(index)
        ? englishAnswers(index)
        : hebrewAnswers(index + 20, quarters[(index * 5) % quarters.length], !elsewhere),
    });
  }
  workspace.people.set("kivunim-ashdod/applicants-2020", newIds);
  return result;
}

/** Each mentor scores a little differently: one strict, one generous. */
const reviewerBias = [0, -0.25, 0.2];

/**
 * A reviewer's scores for a stage's criteria: around the applicant's strength with a little noise, the rounding
 * error carried from criterion to criterion so the weighted mean stays close to the strength.
 */
function scoresFor(strength: number, bias: number, criteria: { id: string }[], random: () => number) {
  let carried = 0;
  return criteria.map((criterion, index) => {
    const wanted = strength + bias + (index === 0 ? 0.1 : -0.05) + (random() - 0.5) * 0.5 + carried;
    const score = Math.min(5, Math.max(1, Math.round(wanted)));
    carried = wanted - score;
    return { criterionId: criterion.id, score, comment: commentFor(score) };
  });
}

function commentFor(score: number) {
  if (score >= 5) return "מרשים/ה מאוד, מוכן/ה להוביל";
  if (score <= 2) return "עדיין לא מגובש מספיק";
  return null;
}

/** Stage by stage: when it ran, how many mentors read each application, how many are let go at its end. */
const stagePlan = [
  { opens: "2019-10-01T09:00:00+03:00", scored: "2019-10-03T18:00:00+03:00", closes: "2019-10-06T12:00:00+03:00" },
  { opens: "2019-10-08T09:00:00+03:00", scored: "2019-10-10T20:00:00+03:00", closes: "2019-10-13T12:00:00+03:00" },
  { opens: "2019-10-15T09:00:00+03:00", scored: "2019-10-17T20:00:00+03:00", closes: "2019-10-20T12:00:00+03:00" },
  { opens: "2019-10-22T09:00:00+03:00", scored: "2019-10-24T21:00:00+03:00", closes: "2019-10-28T12:00:00+02:00" },
].map((stage, index) => ({ ...stage, reviewsPerApplication: [1, 2, 2, 3][index], rejected: [7, 6, 4, 0][index] }));

/** The personal interviews ran over two days of the third stage: half-hour slots for two, morning to early afternoon. */
const interviewStage = 2;
const interviewDays = ["2019-10-16", "2019-10-17"];

async function scheduleInterviews(staff: OrgContext, stageId: string) {
  for (const day of interviewDays) {
    for (let slot = 0; slot < 10; slot++) {
      const startsAt = new Date(Date.parse(`${day}T09:00:00+03:00`) + slot * 30 * 60_000);
      await createSlot(staff, stageId, {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 30 * 60_000).toISOString(),
        place: "בית כיוונים, רחוב הרצל 12, אשדוד",
        onlineUrl: null,
        capacity: 2,
        note: null,
      });
    }
  }
  await fillSlots(staff, stageId);
}

const accepted2020 = 20;
const waitlisted2020 = 5;

/** The fellowship's three mentors as reviewers: the demo has a login for one; the other two get theirs here. */
async function mentorReviewers(workspace: DemoWorkspace, ctx: OrgContext) {
  const db = workspace.services.database.db;
  const mentorIds = demoPeople(workspace, "kivunim-ashdod", "mentors");
  const reviewers: OrgContext[] = [];
  for (const [index, personId] of mentorIds.entries()) {
    let userId: string;
    if (index === 0) {
      userId = await userIdByEmail(workspace, "mentor@kivunim.example");
    } else {
      const person = await getPerson(ctx, personId);
      const email = `mentor${index + 1}@kivunim.example`;
      const login = await createLogin(workspace.services.auth, {
        name: person.fullName,
        email,
        password: demoPassword,
      });
      // The demo owns the address, so it counts as verified: the mentor's login stands for their person record.
      await db.update(users).set({ emailVerified: true }).where(eq(users.id, login.id));
      await db.insert(memberships).values({ organizationId: ctx.organizationId, userId: login.id, role: "mentor" });
      workspace.signIns.push({ email, password: demoPassword, role: "mentor", organizations: "kivunim-ashdod" });
      userId = login.id;
    }
    reviewers.push({ ...ctx, actor: { userId, role: "mentor" } });
  }
  return reviewers;
}

async function buildFellowshipCall(workspace: DemoWorkspace, applicantLogin: ApplicantLogins) {
  const staff = await staffContext(workspace, "kivunim-ashdod", "manager@kivunim.example");
  const cohortId = await cohortNamed(staff, "Cohort 2020");
  const call = await draftCall(at(staff, "2019-08-20T10:00:00+03:00"), {
    cohortId,
    title: { he: "קול קורא: מנהיגות 20/20 – מחזור 2020", en: "Call: Leadership 20/20 – Cohort 2020" },
    description: {
      he: "20 סטודנטים תושבי אשדוד, 20 יזמויות חברתיות. שנה של הכשרה, ליווי אישי ויישום יוזמה בעיר, 150 שעות ומלגה.",
      en: "20 students who live in Ashdod, 20 social initiatives: a year of training, mentoring and leading an initiative in the city; 150 hours and a stipend.",
    },
    opensAt: "2019-09-01T00:00:00+03:00",
    closesAt: "2019-09-30T23:59:00+03:00",
    maxAcceptances: accepted2020,
    applicantKind: "person",
    fields: fellowshipForm,
  });
  await publishCall(at(staff, "2019-08-25T09:00:00+03:00"), call.id);

  const random = seededRandom(2020);
  const applicants = await applicants2020(workspace, staff);
  // Applications arrive in no particular order over the month the call is open.
  const arrival = applicants
    .map((applicant) => ({ applicant, order: random() }))
    .sort((a, b) => a.order - b.order)
    .map(({ applicant }) => applicant);
  const strengthOf = new Map<string, number>();
  const inReview: string[] = [];
  const firstSubmission = Date.parse("2019-09-02T09:00:00+03:00");
  for (const [index, applicant] of arrival.entries()) {
    const submittedAt = firstSubmission + index * 14.5 * 3600_000;
    const startedAt = Math.max(Date.parse("2019-09-01T08:00:00+03:00"), submittedAt - ((index % 3) + 1) * 86400_000);
    const app = await applicantLogin(applicant.fullName, applicant.email);
    const draft = await startApplication(at(app, new Date(startedAt)), {
      callId: call.id,
      locale: applicant.locale,
      answers: applicant.answers,
    });
    const submitted = await submitApplication(at(app, new Date(submittedAt)), draft.id);
    strengthOf.set(draft.id, applicant.strength);
    if (submitted.status === "submitted") inReview.push(draft.id);
  }

  const setup = await configureReviewStages(at(staff, "2019-09-29T12:00:00+03:00"), call.id, {
    blindReview: false,
    stages: fellowshipStages,
  });
  const reviewers = await mentorReviewers(workspace, staff);
  let fromStageId: string | null = null;
  let remaining = inReview;
  for (const [index, stage] of setup.stages.entries()) {
    const plan = stagePlan[index];
    await moveApplications(at(staff, plan.opens), call.id, {
      action: "advance",
      fromStageId,
      applicationIds: remaining,
    });
    await balanceReviewers(at(staff, plan.opens), stage.id, {
      reviewerUserIds: reviewers.map((reviewer) => reviewer.actor.userId),
      reviewsPerApplication: plan.reviewsPerApplication,
    });
    if (index === interviewStage) await scheduleInterviews(at(staff, plan.opens), stage.id);
    for (const [r, reviewer] of reviewers.entries()) {
      const assignments = await listMyAssignments(at(reviewer, plan.scored));
      for (const assignment of assignments.filter((candidate) => candidate.stageId === stage.id)) {
        const strength = strengthOf.get(assignment.applicationId) ?? 3;
        await scoreApplication(at(reviewer, plan.scored), assignment.id, {
          scores: scoresFor(strength, reviewerBias[r], stage.criteria, random),
        });
      }
    }
    const ranked = (await rankStage(staff, stage.id)).applications.map((row) => row.applicationId);
    const decideAt = at(staff, plan.closes);
    if (index < setup.stages.length - 1) {
      const cut = ranked.length - plan.rejected;
      await moveApplications(decideAt, call.id, {
        action: "reject",
        fromStageId: stage.id,
        applicationIds: ranked.slice(cut),
      });
      remaining = ranked.slice(0, cut);
      fromStageId = stage.id;
      continue;
    }
    // The pitch ranking decides: the first 20 are accepted into the cohort, the next 5 wait for a place.
    for (const [place, applicationId] of ranked.entries()) {
      const decision =
        place < accepted2020 ? "accepted" : place < accepted2020 + waitlisted2020 ? "waitlisted" : "rejected";
      const decided = await decideOnApplication(decideAt, applicationId, { decision });
      // The year is over: the fellows accepted in 2019 completed it in July 2020.
      if (decided.enrollmentId) await changeEnrollment(staff, decided.enrollmentId, { status: "completed" });
    }
  }
}

// ——— The Athens hub's residency call ———

const residencyForm: CallInput["fields"] = [
  {
    key: "field_of_action",
    type: "single_choice",
    label: { el: "Πεδίο δράσης της ομάδας", en: "The group's field of action" },
    required: true,
    options: [
      { value: "environment", label: { el: "Περιβάλλον", en: "Environment" } },
      { value: "social_inclusion", label: { el: "Κοινωνική ένταξη", en: "Social inclusion" } },
      { value: "culture", label: { el: "Πολιτισμός", en: "Culture" } },
      { value: "education", label: { el: "Εκπαίδευση", en: "Education" } },
      { value: "civic_tech", label: { el: "Ψηφιακά εργαλεία για τους πολίτες", en: "Civic tech" } },
      { value: "health", label: { el: "Υγεία και φροντίδα", en: "Health and care" } },
    ],
  },
  {
    key: "members",
    type: "number",
    label: { el: "Αριθμός μελών", en: "Number of members" },
    help: { el: "Όσοι συμμετέχουν τακτικά", en: "Those who take part regularly" },
    required: true,
    min: 2,
    max: 200,
  },
  {
    key: "support_needed",
    type: "long_text",
    label: { el: "Τι υποστήριξη χρειάζεται η ομάδα;", en: "What support does the group need?" },
    help: {
      el: "Χώρος εργασίας, αίθουσα συναντήσεων, καθοδήγηση, εκπαίδευση…",
      en: "Desk space, a meeting room, mentoring, training…",
    },
    required: true,
    maxWords: 250,
  },
  {
    key: "consent",
    type: "consent",
    label: {
      el: "Συμφωνώ να διατηρηθεί η αίτηση από τον Κόμβο για τη διαδικασία επιλογής",
      en: "I agree that the hub keeps this application for the selection process",
    },
    required: true,
  },
];

type GroupApplication = {
  group: string;
  kind: "informal_group" | "cso";
  contact: string;
  locale: "el" | "en";
  field: string;
  members: number;
  support: string;
};

const residencyApplications: GroupApplication[] = [
  {
    group: "Ομάδα Ψηφιακού Γραμματισμού Τρίτης Ηλικίας",
    kind: "informal_group",
    contact: "Αναστασία Μαυρίδου",
    locale: "el",
    field: "education",
    members: 9,
    support:
      "Μια αίθουσα με υπολογιστές δύο πρωινά την εβδομάδα για τα μαθήματα, και καθοδήγηση για να γίνουμε σωματείο.",
  },
  {
    group: "Δίκτυο Αλληλεγγύης Νέων Μητέρων Πειραιά",
    kind: "informal_group",
    contact: "Χριστίνα Βλάχου",
    locale: "el",
    field: "social_inclusion",
    members: 23,
    support:
      "Χώρο για τις εβδομαδιαίες συναντήσεις μας με γωνιά για παιδιά, και βοήθεια στην αναζήτηση χρηματοδότησης.",
  },
  {
    group: "Εργαστήρι Επισκευών της Γειτονιάς Αμπελοκήπων",
    kind: "informal_group",
    contact: "Θοδωρής Καραγιάννης",
    locale: "el",
    field: "environment",
    members: 7,
    support: "Αποθήκη για εργαλεία, έναν πάγκο εργασίας και χώρο για ένα ανοιχτό εργαστήρι το μήνα.",
  },
  {
    group: "Νεανική Ραδιοφωνική Ομάδα Κολωνού",
    kind: "informal_group",
    contact: "Στέλιος Μιχαηλίδης",
    locale: "el",
    field: "culture",
    members: 12,
    support: "Ένα ήσυχο δωμάτιο για ηχογραφήσεις και εκπαίδευση στην επικοινωνία και στα πνευματικά δικαιώματα.",
  },
  {
    group: "Open Streets Athens Collective",
    kind: "cso",
    contact: "Παναγιώτης Σταθόπουλος",
    locale: "en",
    field: "civic_tech",
    members: 5,
    support:
      "Two desks for our volunteers, a meeting room for monthly mapping evenings, and advice on data protection.",
  },
  {
    group: "Πρωτοβουλία Προσβασιμότητας Πόλης",
    kind: "cso",
    contact: "Ιωάννα Ζαχαρίου",
    locale: "el",
    field: "health",
    members: 15,
    support: "Χώρο συναντήσεων προσβάσιμο με αμαξίδιο και υποστήριξη στην οργάνωση μιας εκστρατείας ευαισθητοποίησης.",
  },
  {
    group: "Ομάδα Πολιτιστικών Περιπάτων Μεταξουργείου",
    kind: "informal_group",
    contact: "Βασιλική Ρήγα",
    locale: "el",
    field: "culture",
    members: 6,
    support: "Ένα γραφείο για την προετοιμασία των περιπάτων και καθοδήγηση στη διαχείριση εθελοντών.",
  },
  {
    group: "Κοινότητα Ανακύκλωσης Γκύζη",
    kind: "informal_group",
    contact: "Άγγελος Φραγκιαδάκης",
    locale: "el",
    field: "environment",
    members: 11,
    support: "Χώρο για συναντήσεις",
  },
];

const residencyStages: ReviewSetupInput["stages"] = [
  {
    name: { el: "Έλεγχος καταλληλότητας", en: "Fit check" },
    criteria: [
      {
        name: { el: "Ταίριασμα με την αποστολή του Κόμβου", en: "Fit with the hub's mission" },
        weight: 2,
        min: 1,
        max: 5,
        anchors: { "1": { el: "Ελάχιστο", en: "Little" }, "5": { el: "Πλήρες", en: "Full" } },
      },
      {
        name: { el: "Ανάγκη για χώρο και υποστήριξη", en: "Need for space and support" },
        weight: 1,
        min: 1,
        max: 5,
        anchors: null,
      },
    ],
  },
  {
    name: { el: "Συνάντηση με την ομάδα του Κόμβου", en: "Meeting with the hub team" },
    criteria: [
      { name: { el: "Ετοιμότητα", en: "Readiness" }, weight: 1, min: 1, max: 5, anchors: null },
      {
        name: { el: "Συμβολή στην κοινότητα του Κόμβου", en: "Contribution to the hub's community" },
        weight: 1,
        min: 1,
        max: 5,
        anchors: null,
      },
    ],
  },
];

const day = 86400_000;

/**
 * Open around the day the demo is built (two weeks behind, three ahead), so the public pages show it open and
 * the one applicant with a draft can still finish it; 8 applications, 7 submitted, none decided yet. Residencies
 * are rolling, six months each from acceptance, so the call fills no cohort: accepting records the decision and
 * the call's maximum of 15 holds.
 */
async function buildResidencyCall(workspace: DemoWorkspace, applicantLogin: ApplicantLogins) {
  const staff = await staffContext(workspace, "athens-cso-hub", "manager@athens-hub.example");
  const now = workspace.services.clock().getTime();
  const opensAt = new Date(Math.floor((now - 14 * day) / day) * day + 7 * 3600_000);
  const closesAt = new Date(Math.floor((now + 21 * day) / day) * day + 15 * 3600_000);
  const call = await draftCall(at(staff, new Date(opensAt.getTime() - 3 * day)), {
    cohortId: null,
    title: { el: "Πρόσκληση για φιλοξενία ομάδων στον Κόμβο", en: "Call for group residencies at the hub" },
    description: {
      el: "Ο Κόμβος φιλοξενεί έως 15 ομάδες της κοινωνίας των πολιτών για 6 μήνες: χώρος εργασίας, αίθουσες συναντήσεων, καθοδήγηση και εκπαιδεύσεις.",
      en: "The hub hosts up to 15 civil society groups for 6 months: desk space, meeting rooms, mentoring and training.",
    },
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString(),
    maxAcceptances: 15,
    applicantKind: "group",
    fields: residencyForm,
  });
  await publishCall(at(staff, opensAt), call.id);
  await configureReviewStages(staff, call.id, { blindReview: false, stages: residencyStages });
  for (const [index, application] of residencyApplications.entries()) {
    const isDraft = index === residencyApplications.length - 1;
    // The one with a draft to finish is a listed demo sign-in, named like the others.
    const email = isDraft ? "applicant@athens-hub.example" : `athens-cso-hub.applicants.${index + 1}@example.org`;
    await recordPerson(staff, {
      fullName: application.contact,
      email,
      phone: null,
      city: "Αθήνα",
      country: "GR",
      locale: application.locale,
      notes: null,
    });
    const app = await applicantLogin(application.contact, email);
    const startedAt = new Date(opensAt.getTime() + (index + 1) * 1.4 * day);
    const draft = await startApplication(at(app, startedAt), {
      callId: call.id,
      group: { name: application.group, kind: application.kind },
      locale: application.locale,
      answers: { field_of_action: application.field, members: application.members },
    });
    const answers = {
      field_of_action: application.field,
      members: application.members,
      support_needed: application.support,
      consent: !isDraft,
    };
    await saveDraft(at(app, new Date(startedAt.getTime() + 3600_000)), draft.id, {
      locale: application.locale,
      answers,
    });
    if (isDraft) {
      workspace.signIns.push({
        email,
        password: demoPassword,
        role: "applicant, draft to finish",
        organizations: "athens-cso-hub",
      });
    } else {
      await submitApplication(at(app, new Date(startedAt.getTime() + 2 * 3600_000)), draft.id);
    }
  }
}

export async function buildCallsDemo(workspace: DemoWorkspace) {
  const applicantLogin = await applicantLogins(workspace);
  await buildFellowshipCall(workspace, applicantLogin);
  await buildResidencyCall(workspace, applicantLogin);
}
