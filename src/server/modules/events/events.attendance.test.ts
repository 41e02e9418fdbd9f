import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { people } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { eventRegistrations, events } from "./events.tables.ts";

let t: TestApp;
let orgId: string;
let manager: { cookie: string };
let mentor: { cookie: string };

async function json(response: Response) {
  return (await response.json()) as Record<string, any>;
}

/** An event straight in the table: the events API belongs to another module. */
async function anEvent(organizationId: string, overrides: Partial<typeof events.$inferInsert> = {}) {
  const [event] = await t.database.db
    .insert(events)
    .values({
      organizationId,
      kind: "seminar",
      title: { en: "Open seminar", he: "סמינר פתוח" },
      startsAt: new Date("2026-11-23T09:00:00Z"),
      endsAt: new Date("2026-11-23T12:00:00Z"),
      timeZone: "Asia/Jerusalem",
      ...overrides,
    })
    .returning();
  return event;
}

async function aPerson(fullName: string, email?: string) {
  const response = await t.call("POST", `/api/orgs/${orgId}/people`, {
    cookie: manager.cookie,
    body: { fullName, email },
  });
  return (await json(response)).id as string;
}

function uploadCsv(eventId: string, body: BodyInit, query = "", cookie = manager.cookie) {
  return t.app.request(`/api/orgs/${orgId}/events/${eventId}/attendance/import/preview${query}`, {
    method: "POST",
    headers: { cookie, "content-type": "text/csv" },
    body,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("athens-hub")).id;
  manager = await t.memberOf(orgId, "program_manager");
  mentor = await t.memberOf(orgId, "mentor");
});

describe("checking in at the door", () => {
  test("a mentor searches the door list by name in any script and checks a person in", async () => {
    const event = await anEvent(orgId);
    const maria = await aPerson("Μαρία Παπαδοπούλου", "maria@example.org");
    await aPerson("Nikos Georgiou");
    const list = await json(
      await t.call("GET", `/api/orgs/${orgId}/events/${event.id}/check-in?q=${encodeURIComponent("παπαδοπουλου")}`, {
        cookie: mentor.cookie,
      }),
    );
    expect(list.items.map((item: any) => item.fullName)).toEqual(["Μαρία Παπαδοπούλου"]);
    const checkedIn = await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/attendance`, {
      cookie: mentor.cookie,
      body: { personId: maria },
    });
    expect(checkedIn.status).toBe(201);
    expect((await json(checkedIn)).source).toBe("check_in");
    const after = await json(
      await t.call("GET", `/api/orgs/${orgId}/events/${event.id}/check-in`, { cookie: mentor.cookie }),
    );
    expect(after.counts).toMatchObject({ checkedIn: 1, registered: 0 });
    expect(after.items).toHaveLength(1);
    expect(after.items[0].attendance.personId).toBe(maria);
  });

  test("checking the same person in twice is a 409 naming the rule", async () => {
    const event = await anEvent(orgId);
    const person = await aPerson("Eleni Kosta");
    const path = `/api/orgs/${orgId}/events/${event.id}/attendance`;
    await t.call("POST", path, { cookie: manager.cookie, body: { personId: person } });
    const again = await t.call("POST", path, { cookie: manager.cookie, body: { personId: person } });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("errors.alreadyCheckedIn");
  });

  test("nobody checks in at a cancelled event", async () => {
    const event = await anEvent(orgId, { status: "cancelled" });
    const person = await aPerson("Cancelled Guest");
    const response = await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/attendance`, {
      cookie: manager.cookie,
      body: { personId: person },
    });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.eventCancelled");
  });

  test("check-out comes after check-in, once; an undone check-in can be made again", async () => {
    const event = await anEvent(orgId);
    const person = await aPerson("Dimitris Lamb");
    const base = `/api/orgs/${orgId}/events/${event.id}/attendance`;
    const early = await t.call("POST", `${base}/${person}/check-out`, { cookie: manager.cookie });
    expect(early.status).toBe(409);
    expect((await json(early)).code).toBe("errors.notCheckedIn");
    await t.call("POST", base, { cookie: manager.cookie, body: { personId: person } });
    t.setNow(new Date("2026-11-23T11:30:00Z"));
    const out = await json(await t.call("POST", `${base}/${person}/check-out`, { cookie: manager.cookie }));
    expect(out.checkedOutAt).toBe("2026-11-23T11:30:00.000Z");
    const twice = await t.call("POST", `${base}/${person}/check-out`, { cookie: manager.cookie });
    expect((await json(twice)).code).toBe("errors.alreadyCheckedOut");
    expect((await t.call("DELETE", `${base}/${person}`, { cookie: manager.cookie })).status).toBe(200);
    expect((await t.call("DELETE", `${base}/${person}`, { cookie: manager.cookie })).status).toBe(404);
    const again = await t.call("POST", base, { cookie: manager.cookie, body: { personId: person } });
    expect(again.status).toBe(201);
  });

  test("a walk-in becomes a person and is checked in together, or neither when the email is taken", async () => {
    const event = await anEvent(orgId);
    const path = `/api/orgs/${orgId}/events/${event.id}/walk-ins`;
    const walkIn = await t.call("POST", path, {
      cookie: mentor.cookie,
      body: { fullName: "Anna Novak", email: "Anna@Example.org", country: "SI" },
    });
    expect(walkIn.status).toBe(201);
    expect(await json(walkIn)).toMatchObject({ fullName: "Anna Novak", source: "walk_in" });
    const repeated = await t.call("POST", path, {
      cookie: mentor.cookie,
      body: { fullName: "Anna N.", email: "anna@example.org" },
    });
    expect(repeated.status).toBe(409);
    expect((await json(repeated)).code).toBe("errors.emailTaken");
    const annas = await t.database.db.select().from(people).where(eq(people.email, "anna@example.org"));
    expect(annas).toHaveLength(1);
    const badCountry = await t.call("POST", path, {
      cookie: mentor.cookie,
      body: { fullName: "X", country: "Slovenia" },
    });
    expect(badCountry.status).toBe(400);
    expect((await json(badCountry)).errors[0].path).toBe("json.country");
  });

  test("registered and waitlisted people and the cohort's enrollees are on the door list before anyone searches", async () => {
    const program = await json(
      await t.call("POST", `/api/orgs/${orgId}/programs`, {
        cookie: manager.cookie,
        body: { type: "fellowship", name: { en: "Fellows" }, commitmentHours: 150 },
      }),
    );
    const cohort = await json(
      await t.call("POST", `/api/orgs/${orgId}/cohorts`, {
        cookie: manager.cookie,
        body: {
          programId: program.id,
          name: { en: "2026" },
          startsOn: "2026-09-01",
          endsOn: "2027-07-31",
          capacity: 10,
        },
      }),
    );
    const fellow = await aPerson("Fellow One");
    await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohort.id}/enrollments`, {
      cookie: manager.cookie,
      body: { personId: fellow, role: "participant" },
    });
    const event = await anEvent(orgId, { cohortId: cohort.id, registration: "open", capacity: 1 });
    const registrant = await aPerson("Registered Rita");
    const waiting = await aPerson("Waiting Walter");
    await t.database.db.insert(eventRegistrations).values([
      { organizationId: orgId, eventId: event.id, personId: registrant, status: "registered", locale: "en" },
      { organizationId: orgId, eventId: event.id, personId: waiting, status: "waitlisted", locale: "en" },
    ]);
    const list = await json(
      await t.call("GET", `/api/orgs/${orgId}/events/${event.id}/check-in`, { cookie: mentor.cookie }),
    );
    expect(list.counts).toEqual({ checkedIn: 0, registered: 1, expected: 3 });
    expect(list.items.map((item: any) => [item.fullName, item.registration, item.enrolled])).toEqual([
      ["Fellow One", null, true],
      ["Registered Rita", "registered", false],
      ["Waiting Walter", "waitlisted", false],
    ]);
  });
});

describe("bulk attendance", () => {
  test("marks a list attended in one go and counts those already in", async () => {
    const event = await anEvent(orgId);
    const ids = [await aPerson("Bulk A"), await aPerson("Bulk B"), await aPerson("Bulk C")];
    const path = `/api/orgs/${orgId}/events/${event.id}/attendance`;
    await t.call("POST", path, { cookie: manager.cookie, body: { personId: ids[0] } });
    const result = await t.call("POST", `${path}/bulk`, { cookie: manager.cookie, body: { personIds: ids } });
    expect(await json(result)).toEqual({ added: 2, alreadyPresent: 1 });
  });

  test("a list naming someone of another organization records nobody", async () => {
    const other = await t.createOrganization("other-bulk");
    const [stranger] = await t.database.db
      .insert(people)
      .values({ organizationId: other.id, fullName: "Stranger", searchKey: "stranger" })
      .returning();
    const event = await anEvent(orgId);
    const local = await aPerson("Local Lena");
    const path = `/api/orgs/${orgId}/events/${event.id}/attendance`;
    const result = await t.call("POST", `${path}/bulk`, {
      cookie: manager.cookie,
      body: { personIds: [local, stranger.id] },
    });
    expect(result.status).toBe(404);
    const list = await json(
      await t.call("GET", `/api/orgs/${orgId}/events/${event.id}/check-in`, { cookie: manager.cookie }),
    );
    expect(list.counts.checkedIn).toBe(0);
  });
});

describe("attendance lists from CSV", () => {
  test("the preview names each row's person and its problems; the import records the valid rows", async () => {
    const event = await anEvent(orgId, { timeZone: "Europe/Ljubljana" });
    const known = await aPerson("Janez Novak", "janez@example.si");
    await aPerson("Ana Kovač");
    await aPerson("Twin Name");
    await aPerson("Twin Name");
    const csv = [
      "ime,e-pošta,država,čas prihoda",
      "Janez Novak,JANEZ@example.si,SI,2026-11-23 10:15",
      "Ana Kovac,,SI,",
      "Twin Name,,,",
      "Newcomer,new@example.si,hr,",
      "Bad Mail,not-an-email,SI,",
      "Bad Country,,Slovenia,",
      "Bad Time,,,yesterday",
      "Janez Novak,janez@example.si,SI,",
    ].join("\r\n");
    const preview = await json(await uploadCsv(event.id, csv, "?unknownPeople=create"));
    const errorsByLine = Object.fromEntries(
      preview.rows.map((row: any) => [row.line, row.errors.map((error: any) => error.code)]),
    );
    expect(errorsByLine).toEqual({
      2: [],
      3: [],
      4: ["errors.csvAmbiguousPerson"],
      5: [],
      6: ["errors.invalid_format"],
      7: ["errors.csvBadCountry"],
      8: ["errors.csvBadTime"],
      9: ["errors.csvRowRepeated"],
    });
    expect(preview.rows[0].personId).toBe(known);
    expect(preview.rows[3].personId).toBeNull();
    const validRows = preview.rows
      .filter((row: any) => row.errors.length === 0)
      .map(({ personId: _, errors: __, ...row }: any) => row);
    const imported = await json(
      await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/attendance/import`, {
        cookie: manager.cookie,
        body: { unknownPeople: "create", rows: validRows },
      }),
    );
    expect(imported).toEqual({ recorded: 3, createdPeople: 1, alreadyPresent: 0, failed: [] });
    const list = await json(
      await t.call("GET", `/api/orgs/${orgId}/events/${event.id}/check-in`, { cookie: manager.cookie }),
    );
    const janez = list.items.find((item: any) => item.personId === known);
    expect(janez.attendance).toMatchObject({ source: "import", checkedInAt: "2026-11-23T09:15:00.000Z" });
    const newcomer = list.items.find((item: any) => item.fullName === "Newcomer");
    expect(newcomer).toMatchObject({ email: "new@example.si", country: "HR" });
    const again = await json(
      await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/attendance/import`, {
        cookie: manager.cookie,
        body: { unknownPeople: "create", rows: validRows },
      }),
    );
    expect(again).toEqual({ recorded: 0, createdPeople: 0, alreadyPresent: 3, failed: [] });
  });

  test("unknown people are errors unless the import is told to create them", async () => {
    const event = await anEvent(orgId);
    const preview = await json(await uploadCsv(event.id, "name,email\nNobody Known,nobody@example.org\n"));
    expect(preview.rows[0].errors[0].code).toBe("errors.csvUnknownPerson");
    const imported = await json(
      await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/attendance/import`, {
        cookie: manager.cookie,
        body: {
          unknownPeople: "error",
          rows: [{ line: 2, fullName: "Nobody Known", email: "nobody@example.org", country: "", checkedInAt: "" }],
        },
      }),
    );
    expect(imported.recorded).toBe(0);
    expect(imported.failed).toEqual([
      { line: 2, errors: [expect.objectContaining({ code: "errors.csvUnknownPerson" })] },
    ]);
  });

  test("headers in Hebrew, Georgian and Greek are understood", async () => {
    const event = await anEvent(orgId);
    for (const header of ["שם,דוא״ל", "სახელი,ელ-ფოსტა", "Όνομα,Email"]) {
      const preview = await json(await uploadCsv(event.id, `${header}\nSomeone,\n`, "?unknownPeople=create"));
      expect(preview.unknownColumns).toEqual([]);
      expect(preview.errorCount).toBe(0);
    }
  });

  test("a list without an email column is refused naming the missing column", async () => {
    const event = await anEvent(orgId);
    const response = await uploadCsv(event.id, "name,phone\nA,123\n");
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0]).toMatchObject({ path: "body.email", code: "errors.csvNeedsEmailColumn" });
    const noName = await uploadCsv(event.id, "email\na@example.org\n");
    expect((await json(noName)).errors[0]).toMatchObject({ path: "body.name", code: "errors.csvNeedsNameColumn" });
  });

  test("a file in a Windows code page is refused, never stored garbled", async () => {
    const event = await anEvent(orgId);
    // "Όνομα" in Windows-1253 and "Šuštar" in Windows-1250: bytes that are not UTF-8.
    const greek = new Uint8Array([
      0x6e, 0x61, 0x6d, 0x65, 0x2c, 0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xbc, 0xed, 0xef, 0xec, 0xe1, 0x2c, 0x0a,
    ]);
    const slovene = new Uint8Array([
      0x6e, 0x61, 0x6d, 0x65, 0x2c, 0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0x8a, 0x75, 0x9a, 0x74, 0x61, 0x72, 0x2c, 0x0a,
    ]);
    for (const bytes of [greek, slovene]) {
      const response = await uploadCsv(event.id, bytes);
      expect(response.status).toBe(400);
      expect((await json(response)).code).toBe("errors.validation");
    }
    const response = await uploadCsv(event.id, greek);
    expect((await json(response)).errors[0].code).toBe("errors.csvEncoding");
  });

  test("a file over 5 MB is refused with 413 while it streams in", async () => {
    const event = await anEvent(orgId);
    const chunk = new TextEncoder().encode(`${"x".repeat(1023)}\n`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 100_000) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const response = await t.app.request(`/api/orgs/${orgId}/events/${event.id}/attendance/import/preview`, {
      method: "POST",
      headers: { cookie: manager.cookie, "content-type": "text/csv" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await json(response)).code).toBe("errors.csvTooLarge");
    expect(sent).toBeLessThan(10_000);
  });
});

describe("headcounts", () => {
  test("a festival's visitors are recorded per country and replaced as a whole", async () => {
    const festival = await anEvent(orgId, { kind: "festival" });
    const path = `/api/orgs/${orgId}/events/${festival.id}/headcounts`;
    const first = await t.call("PUT", path, {
      cookie: manager.cookie,
      body: {
        counts: [
          { country: "SI", count: 40 },
          { country: null, count: 12 },
          { country: "HR", count: 8 },
        ],
      },
    });
    expect(await json(first)).toEqual({
      total: 60,
      byCountry: [
        { country: "HR", count: 8 },
        { country: "SI", count: 40 },
        { country: null, count: 12 },
      ],
    });
    await t.call("PUT", path, { cookie: manager.cookie, body: { counts: [{ country: "SI", count: 52 }] } });
    expect(await json(await t.call("GET", path, { cookie: manager.cookie }))).toEqual({
      total: 52,
      byCountry: [{ country: "SI", count: 52 }],
    });
  });

  test("a count of zero, a bad country or a country twice is refused and changes nothing", async () => {
    const festival = await anEvent(orgId, { kind: "festival" });
    const path = `/api/orgs/${orgId}/events/${festival.id}/headcounts`;
    await t.call("PUT", path, { cookie: manager.cookie, body: { counts: [{ country: "GR", count: 5 }] } });
    const zero = await t.call("PUT", path, { cookie: manager.cookie, body: { counts: [{ country: "SI", count: 0 }] } });
    expect(zero.status).toBe(400);
    expect((await json(zero)).errors[0].path).toBe("json.counts.0.count");
    const badCountry = await t.call("PUT", path, {
      cookie: manager.cookie,
      body: { counts: [{ country: "greece", count: 3 }] },
    });
    expect(badCountry.status).toBe(400);
    const twice = await t.call("PUT", path, {
      cookie: manager.cookie,
      body: {
        counts: [
          { country: null, count: 3 },
          { country: null, count: 4 },
        ],
      },
    });
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe("errors.headcountCountryRepeated");
    expect((await json(await t.call("GET", path, { cookie: manager.cookie }))).total).toBe(5);
  });
});

describe("who may", () => {
  test("another organization's owner gets 404 for this organization's event attendance", async () => {
    const event = await anEvent(orgId);
    const person = await aPerson("Private Person");
    const other = await t.createOrganization("elsewhere");
    const owner = await t.memberOf(other.id, "owner");
    const base = `/api/orgs/${other.id}/events/${event.id}`;
    const attempts = [
      t.call("GET", `${base}/check-in`, { cookie: owner.cookie }),
      t.call("POST", `${base}/attendance`, { cookie: owner.cookie, body: { personId: person } }),
      t.call("POST", `${base}/walk-ins`, { cookie: owner.cookie, body: { fullName: "X" } }),
      t.call("POST", `${base}/attendance/bulk`, { cookie: owner.cookie, body: { personIds: [person] } }),
      t.call("PUT", `${base}/headcounts`, { cookie: owner.cookie, body: { counts: [] } }),
      t.app.request(`${base}/attendance/import/preview`, {
        method: "POST",
        headers: { cookie: owner.cookie, "content-type": "text/csv" },
        body: "name,email\nA,\n",
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const ownEvent = await anEvent(other.id);
    const foreignPerson = await t.call("POST", `/api/orgs/${other.id}/events/${ownEvent.id}/attendance`, {
      cookie: owner.cookie,
      body: { personId: person },
    });
    expect(foreignPerson.status).toBe(404);
  });

  test("participants and partner viewers may not check anyone in; without a session it is 401", async () => {
    const event = await anEvent(orgId);
    const person = await aPerson("Someone");
    for (const role of ["participant", "partner_viewer"] as const) {
      const member = await t.memberOf(orgId, role);
      const response = await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/attendance`, {
        cookie: member.cookie,
        body: { personId: person },
      });
      expect(response.status).toBe(403);
    }
    const anonymous = await t.call("GET", `/api/orgs/${orgId}/events/${event.id}/check-in`);
    expect(anonymous.status).toBe(401);
  });
});
