/**
 * Events of the reference programs. The academy's 2018 is laid down record by record so that its results
 * page adds up to the published summary: 65 field workshops with 1,652 participants (Slovenia 228), 7
 * festivals with 740 visitors (Slovenia: 3 festivals, 112), 2 webinars with 121 participants. Also the
 * Georgian program's community visits and self-reflection meeting and the Athens hub's seminars and
 * networking evenings.
 */
import { parseDateTime, toZoned } from "@internationalized/date";
import { and, asc, eq, like, sql } from "drizzle-orm";
import type { LocalizedText } from "../../../shared/localized-text.ts";
import type { DemoWorkspace } from "../../demo/demo-context.ts";
import { demoOrganization, demoPeople } from "../../demo/demo-context.ts";
import { generatePeople, insertInChunks, insertPeople } from "../../demo/demo-records.ts";
import type { OrgContext } from "../../http/context.ts";
import { courseModules, courses } from "../learning/learning.tables.ts";
import { people } from "../people/people.tables.ts";
import { cohorts, enrollments } from "../programs/programs.tables.ts";
import { logHours } from "./events.hours.service.ts";
import { createSeries } from "./events.series.ts";
import { eventAttendance, eventHeadcounts, eventRegistrations, events, type Sector } from "./events.tables.ts";

type NewEvent = {
  kind: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Local wall-clock start and end, `2018-10-05T17:00`, in the organization's time zone. */
  starts: string;
  ends: string;
  venueName?: string;
  city?: string;
  country?: string;
  onlineUrl?: string;
  courseModuleId?: string;
  sectors?: Sector[];
  registration?: "open" | "invite_only" | "none";
  capacity?: number;
  isPublic?: boolean;
};

function instant(local: string, timeZone: string) {
  return toZoned(parseDateTime(local), timeZone).toDate();
}

async function addEvent(ctx: OrgContext, event: NewEvent) {
  const timeZone = ctx.organization.timeZone;
  const { starts, ends, ...fields } = event;
  const [row] = await ctx.db
    .insert(events)
    .values({
      organizationId: ctx.organizationId,
      ...fields,
      startsAt: instant(starts, timeZone),
      endsAt: instant(ends, timeZone),
      timeZone,
    })
    .returning();
  return row;
}

/** Everyone listed was there, checked in at the start and out at the end. */
async function recordAttendance(ctx: OrgContext, event: typeof events.$inferSelect, personIds: string[]) {
  await insertInChunks(personIds, (chunk) =>
    ctx.db.insert(eventAttendance).values(
      chunk.map((personId) => ({
        organizationId: ctx.organizationId,
        eventId: event.id,
        personId,
        checkedInAt: event.startsAt,
        checkedOutAt: event.endsAt,
        source: "check_in" as const,
      })),
    ),
  );
}

async function register(ctx: OrgContext, eventId: string, personIds: string[], status: "registered" | "waitlisted") {
  if (personIds.length === 0) return;
  await ctx.db.insert(eventRegistrations).values(
    personIds.map((personId, index) => ({
      organizationId: ctx.organizationId,
      eventId,
      personId,
      status,
      locale: ctx.organization.defaultLocale,
      registeredAt: new Date(Date.UTC(2026, 10, 1) + index * 3_600_000),
    })),
  );
}

async function addHeadcount(ctx: OrgContext, eventId: string, count: number, country: string | null) {
  await ctx.db.insert(eventHeadcounts).values({ organizationId: ctx.organizationId, eventId, count, country });
}

/** `total` split over `parts` as evenly as whole people allow, larger parts first. */
function spread(total: number, parts: number) {
  return Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
}

/** `count` people from a pool, starting at `offset` and wrapping: each appears at most once per event. */
function slice<T>(pool: T[], offset: number, count: number): T[] {
  return Array.from({ length: count }, (_, index) => pool[(offset + index) % pool.length]);
}

type Partner = {
  slug: string;
  country: string;
  workshopParticipants: number;
  cities: string[];
  festivals: { city: string; date: string; visitors: number; visitorCountryKnown: boolean }[];
};

const partners: Partner[] = [
  {
    slug: "si-academy-slovenia",
    country: "SI",
    workshopParticipants: 228,
    cities: ["Ljubljana", "Maribor", "Celje", "Koper"],
    festivals: [
      { city: "Ljubljana", date: "2018-09-29", visitors: 38, visitorCountryKnown: true },
      { city: "Maribor", date: "2018-10-20", visitors: 41, visitorCountryKnown: true },
      { city: "Koper", date: "2018-11-17", visitors: 33, visitorCountryKnown: true },
    ],
  },
  {
    slug: "si-academy-croatia",
    country: "HR",
    workshopParticipants: 356,
    cities: ["Zagreb", "Rijeka", "Split", "Osijek"],
    festivals: [{ city: "Zagreb", date: "2018-10-13", visitors: 160, visitorCountryKnown: false }],
  },
  {
    slug: "si-academy-hungary",
    country: "HU",
    workshopParticipants: 341,
    cities: ["Budapest", "Pécs", "Szeged", "Debrecen"],
    festivals: [{ city: "Budapest", date: "2018-10-27", visitors: 148, visitorCountryKnown: true }],
  },
  {
    slug: "si-academy-italy",
    country: "IT",
    workshopParticipants: 372,
    cities: ["Trieste", "Udine", "Padova", "Venezia"],
    festivals: [{ city: "Trieste", date: "2018-11-10", visitors: 171, visitorCountryKnown: true }],
  },
  {
    slug: "si-academy-poland",
    country: "PL",
    workshopParticipants: 355,
    cities: ["Kraków", "Warszawa", "Wrocław", "Lublin"],
    festivals: [{ city: "Kraków", date: "2018-11-24", visitors: 149, visitorCountryKnown: true }],
  },
];
const workshopsPerPartner = 13;

/** Workshop days: from the week after the course opened, two or three a week per partner until mid-December. */
function workshopDate(index: number) {
  const date = new Date(Date.UTC(2018, 8, 17) + Math.floor(index * 6.2) * 86_400_000);
  if (date.getUTCDay() === 0) date.setUTCDate(date.getUTCDate() + 1);
  if (date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 2);
  return date.toISOString().slice(0, 10);
}

async function academyModules(ctx: OrgContext) {
  const [course] = await ctx.db
    .select({ id: courses.id })
    .from(courses)
    .where(eq(courses.organizationId, ctx.organizationId));
  return ctx.db
    .select({ id: courseModules.id, title: courseModules.title })
    .from(courseModules)
    .where(eq(courseModules.courseId, course.id))
    .orderBy(asc(courseModules.position));
}

/** Workshop participants: Slovenian learners of the course for the lead partner, local people for the others. */
async function workshopPool(ctx: OrgContext, partner: Partner) {
  if (partner.slug === "si-academy-slovenia") {
    const learners = await ctx.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organizationId, ctx.organizationId), like(people.email, "learner-si-%")))
      .orderBy(asc(people.email))
      .limit(190);
    return learners.map((learner) => learner.id);
  }
  const pool = generatePeople(partner.country, Math.round(partner.workshopParticipants * 0.8), "workshop");
  return insertPeople(ctx.db, ctx.organizationId, pool);
}

async function buildAcademy2018(workspace: DemoWorkspace) {
  const modules = await academyModules(demoOrganization(workspace, "si-academy-slovenia"));
  for (const partner of partners) {
    const ctx = demoOrganization(workspace, partner.slug);
    const pool = await workshopPool(ctx, partner);
    const attendance = spread(partner.workshopParticipants, workshopsPerPartner);
    let offset = 0;
    for (const [index, participants] of attendance.entries()) {
      const module = modules[index % modules.length];
      const date = workshopDate(index);
      const workshop = await addEvent(ctx, {
        kind: "field_workshop",
        title: { sl: `Terenska delavnica: ${module.title.sl}`, en: `Field workshop: ${module.title.en}` },
        starts: `${date}T17:00`,
        ends: `${date}T20:00`,
        venueName: "Social Innovation Lab",
        city: partner.cities[index % partner.cities.length],
        country: partner.country,
        courseModuleId: module.id,
        sectors: ["civil_society", "private_sector", "government"],
        isPublic: true,
      });
      await recordAttendance(ctx, workshop, slice(pool, offset, participants));
      offset += participants;
    }
    for (const festival of partner.festivals) {
      const event = await addEvent(ctx, {
        kind: "festival",
        title: {
          sl: `Festival družbenih inovacij ${festival.city}`,
          en: `Social Innovation Festival ${festival.city}`,
        },
        description: {
          sl: "Praktične delavnice, panelne razprave in filmske projekcije.",
          en: "Hands-on workshops, panel discussions and film screenings.",
        },
        starts: `${festival.date}T10:00`,
        ends: `${festival.date}T20:00`,
        venueName: "Festival grounds",
        city: festival.city,
        country: partner.country,
        sectors: ["civil_society", "government", "private_sector", "media", "academia"],
        isPublic: true,
      });
      // Visitors are counted at the door; where the count did not note their country, the venue's applies.
      await addHeadcount(ctx, event.id, festival.visitors, festival.visitorCountryKnown ? partner.country : null);
    }
  }
  await buildWebinars(workspace);
}

/** The two 2018 webinars, attended by learners from every partner country. */
async function buildWebinars(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "si-academy-slovenia");
  const learners = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, ctx.organizationId), like(people.email, "learner-%")))
    .orderBy(asc(people.id));
  const everyNth = learners.filter((_, index) => index % 17 === 0).map((learner) => learner.id);
  const webinars = [
    {
      title: {
        sl: "Ali je blockchain lahko orodje za socialne inovacije?",
        en: "Can blockchain be a tool for social innovation?",
      },
      date: "2018-11-14",
      registered: 82,
      attended: 64,
    },
    {
      title: { sl: "Ali Evropa financira socialne inovacije?", en: "Does Europe fund social innovation?" },
      date: "2018-12-12",
      registered: 71,
      attended: 57,
    },
  ];
  for (const [index, webinar] of webinars.entries()) {
    const event = await addEvent(ctx, {
      kind: "webinar",
      title: webinar.title,
      starts: `${webinar.date}T18:00`,
      ends: `${webinar.date}T19:30`,
      onlineUrl: "https://webinar.example.org/social-innovation",
      registration: "open",
      capacity: 100,
      isPublic: true,
    });
    const registrants = slice(everyNth, index * 40, webinar.registered);
    await register(ctx, event.id, registrants, "registered");
    await recordAttendance(ctx, event, registrants.slice(0, webinar.attended));
  }
}

async function buildGeorgia(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "civic-georgia");
  const activists = demoPeople(workspace, "civic-georgia", "study-circles");
  const visits = [
    { date: "2026-03-14", village: "ყვარელი", region: "Kvareli", met: 27 },
    { date: "2026-06-20", village: "ონი", region: "Oni", met: 34 },
    { date: "2026-09-26", village: "ახალქალაქი", region: "Akhalkalaki", met: 19 },
  ];
  for (const [index, visit] of visits.entries()) {
    const event = await addEvent(ctx, {
      kind: "community_visit",
      title: { ka: `ვიზიტი თემში: ${visit.village}`, en: `Community visit: ${visit.region}` },
      description: {
        ka: "სამოქალაქო ორგანიზაციების ლიდერები ხვდებიან მცხოვრებლებს და იწერენ ადგილობრივ პრობლემებსა და საჭიროებებს.",
        en: "CSO leaders meet residents and record local problems and needs.",
      },
      starts: `${visit.date}T11:00`,
      ends: `${visit.date}T17:00`,
      city: visit.region,
      country: "GE",
      sectors: ["civil_society", "government"],
    });
    await recordAttendance(ctx, event, slice(activists, index * 2, 4));
    await addHeadcount(ctx, event.id, visit.met, "GE");
  }
  const studyVisit = await addEvent(ctx, {
    kind: "study_visit",
    title: { ka: "სასწავლო ვიზიტი ვილნიუსში", en: "Study visit to Vilnius" },
    starts: "2026-05-18T09:00",
    ends: "2026-05-21T18:00",
    city: "Vilnius",
    country: "LT",
    sectors: ["civil_society"],
  });
  await recordAttendance(ctx, studyVisit, activists.slice(0, 6));
  const reflection = await addEvent(ctx, {
    kind: "self_reflection_meeting",
    title: {
      ka: "სამოქალაქო საზოგადოების წლიური თვითშეფასების შეხვედრა",
      en: "Annual self-reflection meeting of civil society",
    },
    description: {
      ka: "სამოქალაქო საზოგადოება, ხელისუფლება, კერძო სექტორი, მედია და აკადემია ერთ მაგიდასთან.",
      en: "Civil society, government, the private sector, media and academia at one table.",
    },
    starts: "2026-12-10T10:00",
    ends: "2026-12-10T17:00",
    venueName: "თბილისის საკონფერენციო დარბაზი",
    city: "Tbilisi",
    country: "GE",
    sectors: ["civil_society", "government", "private_sector", "media", "academia"],
    registration: "open",
    capacity: 60,
    isPublic: true,
  });
  await register(ctx, reflection.id, activists.slice(0, 9), "registered");
}

async function buildAthens(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "athens-cso-hub");
  const members = await insertPeople(ctx.db, ctx.organizationId, generatePeople("GR", 60, "athens-member"));
  const venue = { venueName: "Κόμβος ΚτΠ – αίθουσα σεμιναρίων", city: "Αθήνα", country: "GR" };
  const seminars = [
    {
      date: "2026-10-08",
      el: "Ανεύρεση πόρων για οργανώσεις",
      en: "Fundraising for CSOs",
      registered: 24,
      attended: 21,
      capacity: 30,
    },
    {
      date: "2026-11-05",
      el: "Επικοινωνία και μάρκετινγκ",
      en: "Communications and marketing",
      registered: 28,
      attended: 25,
      capacity: 30,
    },
    {
      date: "2026-12-03",
      el: "Οικονομική διαχείριση",
      en: "Financial management",
      registered: 12,
      attended: 0,
      capacity: 30,
    },
    {
      date: "2026-12-15",
      el: "Νομικά θέματα για ΜΚΟ",
      en: "Legal matters for NGOs",
      registered: 20,
      attended: 0,
      capacity: 20,
    },
  ];
  for (const [index, seminar] of seminars.entries()) {
    const event = await addEvent(ctx, {
      kind: "seminar",
      title: { el: seminar.el, en: seminar.en },
      description: {
        el: "Σεμινάριο από το δίκτυο εθελοντών επαγγελματιών (pro bono) του Κόμβου.",
        en: "A seminar by the hub's pro-bono partner network.",
      },
      starts: `${seminar.date}T18:00`,
      ends: `${seminar.date}T20:30`,
      ...venue,
      registration: "open",
      capacity: seminar.capacity,
      isPublic: true,
    });
    const registrants = slice(members, index * 11, seminar.registered);
    await register(ctx, event.id, registrants, "registered");
    await recordAttendance(ctx, event, registrants.slice(0, seminar.attended));
    // The legal seminar filled up: three more wait for a seat.
    if (seminar.registered === seminar.capacity) {
      await register(ctx, event.id, slice(members, index * 11 + seminar.registered, 3), "waitlisted");
    }
  }
  const evenings = [
    { date: "2026-10-22", attended: 35 },
    { date: "2026-11-19", attended: 42 },
    { date: "2026-12-17", attended: 0 },
  ];
  for (const [index, evening] of evenings.entries()) {
    const event = await addEvent(ctx, {
      kind: "networking",
      title: { el: "Βραδιά δικτύωσης κοινωνίας των πολιτών", en: "Civil-society networking evening" },
      description: {
        el: "Οργανώσεις, πανεπιστήμια, δημόσιος και ιδιωτικός τομέας γνωρίζονται.",
        en: "CSOs, universities, the public and the private sector meet.",
      },
      starts: `${evening.date}T19:00`,
      ends: `${evening.date}T22:00`,
      ...venue,
      sectors: ["civil_society", "academia", "government", "private_sector"],
      registration: "open",
      capacity: 80,
      isPublic: true,
    });
    await recordAttendance(ctx, event, slice(members, index * 7, evening.attended));
  }
}

async function cohortNamed(ctx: OrgContext, englishName: string) {
  const [cohort] = await ctx.db
    .select({ id: cohorts.id, programId: cohorts.programId })
    .from(cohorts)
    .where(and(eq(cohorts.organizationId, ctx.organizationId), sql`${cohorts.name}->>'en' = ${englishName}`));
  return cohort;
}

async function participantsOf(ctx: OrgContext, cohortId: string) {
  return ctx.db
    .select({ enrollmentId: enrollments.id, personId: enrollments.personId })
    .from(enrollments)
    .where(and(eq(enrollments.cohortId, cohortId), eq(enrollments.role, "participant")))
    .orderBy(asc(enrollments.createdAt));
}

type Series = {
  cohortName: string;
  kind: string;
  title: LocalizedText;
  /** Local start and end of the first occurrence, and the RRULE that repeats it. */
  starts: string;
  ends: string;
  rule: string;
  venueName: string;
  city: string;
  country: string;
};

/**
 * A recurring meeting of a cohort through the events service, as staff would create it; its cohort's participants
 * attended the meetings that are over, each missing about one in ten.
 */
async function buildSeries(workspace: DemoWorkspace, slug: string, series: Series) {
  const ctx = demoOrganization(workspace, slug);
  const cohort = await cohortNamed(ctx, series.cohortName);
  const timeZone = ctx.organization.timeZone;
  const { occurrences } = await createSeries(ctx, {
    kind: series.kind,
    title: series.title,
    venueName: series.venueName,
    city: series.city,
    country: series.country,
    programId: cohort.programId,
    cohortId: cohort.id,
    sectors: [],
    registration: "none",
    isPublic: false,
    startsAt: instant(series.starts, timeZone).toISOString(),
    endsAt: instant(series.ends, timeZone).toISOString(),
    timeZone,
    rule: series.rule,
  });
  const participants = await participantsOf(ctx, cohort.id);
  const now = ctx.clock().getTime();
  for (const [week, occurrence] of occurrences.entries()) {
    if (Date.parse(occurrence.endsAt) > now) break;
    const present = participants.filter((_, index) => (index + week) % 10 !== 3).map((row) => row.personId as string);
    const [event] = await ctx.db.select().from(events).where(eq(events.id, occurrence.id));
    await recordAttendance(ctx, event, present);
  }
  return participants;
}

/** Initiative work outside the meetings, logged by staff: most fellows reach the 150 committed hours. */
async function logInitiativeHours(
  ctx: OrgContext,
  participants: { enrollmentId: string }[],
  from: string,
  entries: number,
) {
  for (const [index, participant] of participants.entries()) {
    const logged = index < participants.length - 3 ? entries : Math.floor(entries / 2);
    for (let entry = 0; entry < logged; entry++) {
      const workedOn = new Date(Date.parse(from) + entry * 7 * 86_400_000).toISOString().slice(0, 10);
      await logHours(ctx, participant.enrollmentId, {
        workedOn,
        minutes: 300,
        description: entry % 2 === 0 ? "עבודה על היוזמה בשכונה" : "גיוס מתנדבים ופגישה עם העירייה",
      });
    }
  }
}

async function buildFellowshipMeetings(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "kivunim-ashdod");
  const meeting = {
    kind: "weekly_meeting",
    title: { he: "מפגש שבועי של המחזור", en: "Weekly cohort meeting" },
    venueName: "מרכז קיוונים",
    city: "אשדוד",
    country: "IL",
  };
  const fellows2020 = await buildSeries(workspace, "kivunim-ashdod", {
    ...meeting,
    cohortName: "Cohort 2020",
    starts: "2019-11-05T18:00",
    ends: "2019-11-05T20:30",
    rule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20200714",
  });
  await logInitiativeHours(ctx, fellows2020, "2020-03-01", 14);
  const closing = await addEvent(ctx, {
    kind: "closing_event",
    title: { he: "אירוע סיום מחזור 2020", en: "Closing event, cohort 2020" },
    starts: "2020-07-20T19:00",
    ends: "2020-07-20T22:00",
    venueName: "היכל התרבות אשדוד",
    city: "אשדוד",
    country: "IL",
    isPublic: true,
  });
  await recordAttendance(
    ctx,
    closing,
    fellows2020.map((row) => row.personId as string),
  );
  const fellows2027 = await buildSeries(workspace, "kivunim-ashdod", {
    ...meeting,
    cohortName: "Cohort 2027",
    starts: "2026-11-03T18:00",
    ends: "2026-11-03T20:30",
    rule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270713",
  });
  await logInitiativeHours(ctx, fellows2027, "2026-11-08", 2);
}

async function buildStudyCircles(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "civic-georgia");
  const [cohort] = await ctx.db
    .select({ name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.organizationId, ctx.organizationId))
    .orderBy(asc(cohorts.startsOn));
  await buildSeries(workspace, "civic-georgia", {
    cohortName: cohort.name.en,
    kind: "study_circle_meeting",
    title: { ka: "სასწავლო წრე: სამოქალაქო აქტივიზმი", en: "Study circle: civic activism" },
    starts: "2026-09-03T18:00",
    ends: "2026-09-03T20:00",
    rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20261217",
    venueName: "სამოქალაქო ცენტრი",
    city: "Tbilisi",
    country: "GE",
  });
}

export async function buildEventsDemo(workspace: DemoWorkspace) {
  await buildAcademy2018(workspace);
  await buildGeorgia(workspace);
  await buildStudyCircles(workspace);
  await buildAthens(workspace);
  await buildFellowshipMeetings(workspace);
}
