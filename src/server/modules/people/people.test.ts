import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let manager: { cookie: string };
let base: string;

async function json(response: Response) {
  return (await response.json()) as Record<string, any>;
}

async function record(person: Record<string, unknown>) {
  const response = await t.call("POST", `${base}/people`, { cookie: manager.cookie, body: person });
  expect(response.status).toBe(201);
  return json(response);
}

async function find(query: string) {
  const response = await t.call("GET", `${base}/people?${query}`, { cookie: manager.cookie });
  expect(response.status).toBe(200);
  return json(response);
}

async function namesFound(q: string) {
  const page = await find(`q=${encodeURIComponent(q)}&pageSize=200`);
  return page.items.map((person: any) => person.fullName);
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("people-first")).id;
  manager = await t.memberOf(orgId, "program_manager");
  base = `/api/orgs/${orgId}`;
});

describe("recording people", () => {
  test("a program manager records, edits and deletes a person", async () => {
    const person = await record({
      fullName: "  Rivka Ben-David ",
      email: "Rivka@Example.org",
      country: "IL",
      locale: "he",
      phone: "+972 50-123-4567",
    });
    expect(person).toMatchObject({
      fullName: "Rivka Ben-David",
      email: "rivka@example.org",
      country: "IL",
      city: null,
    });

    const detail = await json(await t.call("GET", `${base}/people/${person.id}`, { cookie: manager.cookie }));
    expect(detail).toMatchObject({ id: person.id, groups: [] });

    const edited = await t.call("PUT", `${base}/people/${person.id}`, {
      cookie: manager.cookie,
      body: { fullName: "Rivka Ben-David", email: "rivka@example.org", city: "Haifa", country: "IL" },
    });
    expect(edited.status).toBe(200);
    expect(await json(edited)).toMatchObject({ city: "Haifa", phone: null });

    expect((await t.call("DELETE", `${base}/people/${person.id}`, { cookie: manager.cookie })).status).toBe(200);
    expect((await t.call("GET", `${base}/people/${person.id}`, { cookie: manager.cookie })).status).toBe(404);
    expect((await t.call("DELETE", `${base}/people/${person.id}`, { cookie: manager.cookie })).status).toBe(404);
    expect(
      (await t.call("PUT", `${base}/people/${person.id}`, { cookie: manager.cookie, body: { fullName: "Ghost" } }))
        .status,
    ).toBe(404);
  });

  test("an email that is not an email is refused with the field named", async () => {
    const response = await t.call("POST", `${base}/people`, {
      cookie: manager.cookie,
      body: { fullName: "Avi", email: "avi-at-example" },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await json(response)).errors.map((issue: any) => issue.path)).toEqual(["json.email"]);
  });

  test("a country written out instead of its ISO code is refused with the field named", async () => {
    const response = await t.call("POST", `${base}/people`, {
      cookie: manager.cookie,
      body: { fullName: "Avi", country: "Israel" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors.map((issue: any) => issue.path)).toEqual(["json.country"]);
  });

  test("a blank name is refused", async () => {
    const response = await t.call("POST", `${base}/people`, { cookie: manager.cookie, body: { fullName: "   " } });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.fullName");
  });

  test("two people in one organization cannot share an email, whatever its case", async () => {
    const first = await record({ fullName: "Maja Novak", email: "maja@example.si" });
    const response = await t.call("POST", `${base}/people`, {
      cookie: manager.cookie,
      body: { fullName: "Maja N.", email: "MAJA@example.si" },
    });
    expect(response.status).toBe(409);
    const problem = await json(response);
    expect(problem.code).toBe("errors.emailTaken");
    expect(problem.errors[0].path).toBe("json.email");

    const other = await record({ fullName: "Maja Kovač" });
    const edit = await t.call("PUT", `${base}/people/${other.id}`, {
      cookie: manager.cookie,
      body: { fullName: "Maja Kovač", email: "maja@example.si" },
    });
    expect(edit.status).toBe(409);
    expect((await json(edit)).code).toBe("errors.emailTaken");
    expect((await json(await t.call("GET", `${base}/people/${first.id}`, { cookie: manager.cookie }))).email).toBe(
      "maja@example.si",
    );
  });

  test("another organization may record someone with the same email", async () => {
    const elsewhere = await t.createOrganization("people-second");
    const colleague = await t.memberOf(elsewhere.id, "admin");
    const response = await t.call("POST", `/api/orgs/${elsewhere.id}/people`, {
      cookie: colleague.cookie,
      body: { fullName: "Maja Novak", email: "maja@example.si" },
    });
    expect(response.status).toBe(201);
  });

  test("people without an email never collide", async () => {
    await record({ fullName: "No Email One", email: "" });
    await record({ fullName: "No Email Two", email: null });
  });
});

describe("finding people in every script", () => {
  beforeAll(async () => {
    for (const fullName of [
      "דוד לוי",
      "ნინო ბერიძე",
      "Γιώργος Παπαδόπουλος",
      "Ana Šuštar",
      "Ελένη Σταύρου",
      "David Levi",
    ]) {
      await record({ fullName });
    }
  });

  test("a Hebrew name is found by part of it", async () => {
    expect(await namesFound("לוי")).toEqual(["דוד לוי"]);
  });

  test("a Georgian name is found by part of it", async () => {
    expect(await namesFound("ბერიძე")).toEqual(["ნინო ბერიძე"]);
  });

  test("a Greek name is found without accents and with a final sigma", async () => {
    expect(await namesFound("παπαδοπουλος")).toEqual(["Γιώργος Παπαδόπουλος"]);
    expect(await namesFound("ΠΑΠΑΔΟΠΟΥΛΟΣ")).toEqual(["Γιώργος Παπαδόπουλος"]);
    expect(await namesFound("σταυρου")).toEqual(["Ελένη Σταύρου"]);
  });

  test("a Latin name with diacritics is found without them", async () => {
    expect(await namesFound("sustar")).toEqual(["Ana Šuštar"]);
    expect(await namesFound("ŠUŠTAR")).toEqual(["Ana Šuštar"]);
  });

  test("a search is not fooled by LIKE wildcards", async () => {
    expect(await namesFound("%")).toEqual([]);
    expect(await namesFound("_")).toEqual([]);
  });

  test("people are found by email too", async () => {
    await record({ fullName: "Eleni Georgiou", email: "eleni.g@example.gr" });
    expect(await namesFound("eleni.g@")).toEqual(["Eleni Georgiou"]);
  });
});

describe("filters and pages", () => {
  let groupId: string;
  let paged: string[];

  beforeAll(async () => {
    paged = [];
    for (let index = 1; index <= 7; index++) {
      paged.push((await record({ fullName: `Paged Person ${index}`, country: index <= 3 ? "GE" : "SI" })).id);
    }
    const group = await json(
      await t.call("POST", `${base}/groups`, {
        cookie: manager.cookie,
        body: { name: "Paging Circle", kind: "informal_group" },
      }),
    );
    groupId = group.id;
    for (const personId of paged.slice(0, 2)) {
      await t.call("POST", `${base}/groups/${groupId}/members`, { cookie: manager.cookie, body: { personId } });
    }
  });

  test("people are filtered by country", async () => {
    const page = await find("q=paged&country=GE");
    expect(page.total).toBe(3);
    expect(page.items.every((person: any) => person.country === "GE")).toBe(true);
  });

  test("people are filtered by group", async () => {
    const page = await find(`groupId=${groupId}`);
    expect(page.items.map((person: any) => person.fullName)).toEqual(["Paged Person 1", "Paged Person 2"]);
    expect(page.total).toBe(2);
  });

  test("filters combine", async () => {
    const page = await find(`groupId=${groupId}&country=SI`);
    expect(page).toMatchObject({ items: [], total: 0 });
  });

  test("pages carry the total of all matches", async () => {
    const second = await find("q=paged&pageSize=3&page=2");
    expect(second).toMatchObject({ total: 7, page: 2, pageSize: 3 });
    expect(second.items.map((person: any) => person.fullName)).toEqual([
      "Paged Person 4",
      "Paged Person 5",
      "Paged Person 6",
    ]);
    const last = await find("q=paged&pageSize=3&page=3");
    expect(last.items).toHaveLength(1);
    expect(last.total).toBe(7);
  });

  test("a page past the end is empty but still knows the total", async () => {
    expect(await find("q=paged&pageSize=3&page=9")).toMatchObject({ items: [], total: 7 });
  });

  test("a bad page size is refused", async () => {
    const response = await t.call("GET", `${base}/people?pageSize=100000`, { cookie: manager.cookie });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("query.pageSize");
  });
});

describe("groups", () => {
  let groupId: string;
  let personId: string;

  test("a group is formed, edited and listed with its member count", async () => {
    const response = await t.call("POST", `${base}/groups`, {
      cookie: manager.cookie,
      body: { name: "Kvali Youth", kind: "cso", city: "Kutaisi", country: "GE", description: "Youth CSO" },
    });
    expect(response.status).toBe(201);
    const group = await json(response);
    expect(group).toMatchObject({ name: "Kvali Youth", kind: "cso", memberCount: 0, members: [] });
    groupId = group.id;

    const edited = await t.call("PUT", `${base}/groups/${groupId}`, {
      cookie: manager.cookie,
      body: { name: "Kvali Youth Georgia", kind: "cso", country: "GE" },
    });
    expect(edited.status).toBe(200);
    expect(await json(edited)).toMatchObject({ name: "Kvali Youth Georgia", city: null });

    const list = await json(await t.call("GET", `${base}/groups?q=kvali`, { cookie: manager.cookie }));
    expect(list.items).toEqual([expect.objectContaining({ id: groupId, memberCount: 0 })]);
    const pastTheEnd = await json(await t.call("GET", `${base}/groups?q=kvali&page=9`, { cookie: manager.cookie }));
    expect(pastTheEnd).toMatchObject({ items: [], total: 1 });
  });

  test("two groups cannot share a name", async () => {
    const response = await t.call("POST", `${base}/groups`, {
      cookie: manager.cookie,
      body: { name: "Kvali Youth Georgia", kind: "team" },
    });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.groupNameTaken");
  });

  test("an unknown kind of group is refused", async () => {
    const response = await t.call("POST", `${base}/groups`, {
      cookie: manager.cookie,
      body: { name: "Mystery", kind: "cult" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.kind");
  });

  test("a person joins a group, shows it, and leaves it", async () => {
    personId = (await record({ fullName: "Giorgi Kapanadze", country: "GE" })).id;
    const added = await t.call("POST", `${base}/groups/${groupId}/members`, {
      cookie: manager.cookie,
      body: { personId },
    });
    expect(added.status).toBe(200);
    expect(await json(added)).toMatchObject({ memberCount: 1, members: [expect.objectContaining({ id: personId })] });

    const person = await json(await t.call("GET", `${base}/people/${personId}`, { cookie: manager.cookie }));
    expect(person.groups).toEqual([{ id: groupId, name: "Kvali Youth Georgia", kind: "cso" }]);

    const list = await json(await t.call("GET", `${base}/groups?kind=cso`, { cookie: manager.cookie }));
    expect(list.items.find((group: any) => group.id === groupId).memberCount).toBe(1);

    const twice = await t.call("POST", `${base}/groups/${groupId}/members`, {
      cookie: manager.cookie,
      body: { personId },
    });
    expect(twice.status).toBe(409);
    expect((await json(twice)).code).toBe("errors.alreadyInGroup");

    const removed = await t.call("DELETE", `${base}/groups/${groupId}/members/${personId}`, { cookie: manager.cookie });
    expect(removed.status).toBe(200);
    expect((await json(removed)).members).toEqual([]);
    expect(
      (await t.call("DELETE", `${base}/groups/${groupId}/members/${personId}`, { cookie: manager.cookie })).status,
    ).toBe(404);
  });

  test("a person who does not exist cannot join a group", async () => {
    const response = await t.call("POST", `${base}/groups/${groupId}/members`, {
      cookie: manager.cookie,
      body: { personId: "01900000-0000-7000-8000-000000000000" },
    });
    expect(response.status).toBe(404);
  });

  test("deleting a person takes them out of their groups", async () => {
    await t.call("POST", `${base}/groups/${groupId}/members`, { cookie: manager.cookie, body: { personId } });
    await t.call("DELETE", `${base}/people/${personId}`, { cookie: manager.cookie });
    const group = await json(await t.call("GET", `${base}/groups/${groupId}`, { cookie: manager.cookie }));
    expect(group).toMatchObject({ memberCount: 0, members: [] });
  });
});

describe("CSV import", () => {
  const csv = [
    "Full Name,E-mail,Country,Favourite colour",
    "Shira Katz,shira@example.org,il,blue",
    ",nameless@example.org,IL,red",
    "Bad Email,not-an-email,IL,green",
    "Shira Again,SHIRA@example.org,IL,",
    "Existing Maja,maja@example.si,SI,",
    "ლაშა გელაშვილი,lasha@example.ge,GE,",
    "",
  ].join("\r\n");

  test("a preview shows every row with its errors and writes nothing", async () => {
    const before = (await find("pageSize=1")).total;
    const response = await t.call("POST", `${base}/people/import/preview`, {
      cookie: manager.cookie,
      body: { csv: `\uFEFF${csv}` },
    });
    expect(response.status).toBe(200);
    const preview = await json(response);
    expect(preview.columns).toEqual(["Full Name", "E-mail", "Country", "Favourite colour"]);
    expect(preview.unknownColumns).toEqual(["Favourite colour"]);
    expect(preview).toMatchObject({ validCount: 2, errorCount: 4 });

    const errorsByLine = Object.fromEntries(
      preview.rows.map((row: any) => [row.line, row.errors.map((issue: any) => `${issue.path}:${issue.code}`)]),
    );
    expect(errorsByLine).toEqual({
      2: [],
      3: ["fullName:errors.invalid_type"],
      4: ["email:errors.invalid_format"],
      5: ["email:errors.emailRepeated"],
      6: ["email:errors.emailTaken"],
      7: [],
    });
    expect(preview.rows[0].person).toEqual({ fullName: "Shira Katz", email: "shira@example.org", country: "IL" });
    expect((await find("pageSize=1")).total).toBe(before);
  });

  test("a CSV without a name column is refused", async () => {
    const response = await t.call("POST", `${base}/people/import/preview`, {
      cookie: manager.cookie,
      body: { csv: "email\r\na@example.org" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.csv");
  });

  test("importing creates the valid rows and lists the failed lines", async () => {
    const preview = await json(
      await t.call("POST", `${base}/people/import/preview`, { cookie: manager.cookie, body: { csv } }),
    );
    const response = await t.call("POST", `${base}/people/import`, {
      cookie: manager.cookie,
      body: { rows: preview.rows.map((row: any) => ({ line: row.line, person: row.person })) },
    });
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.created).toBe(2);
    expect(result.failed.map((row: any) => row.line)).toEqual([3, 4, 5, 6]);
    expect(result.failed.find((row: any) => row.line === 6).errors[0].code).toBe("errors.emailTaken");
    expect(await namesFound("გელაშვილი")).toEqual(["ლაშა გელაშვილი"]);
    expect(await namesFound("shira")).toEqual(["Shira Katz"]);
  });

  test("an import batch that breaks at the database writes none of its rows", async () => {
    const before = (await find("pageSize=1")).total;
    const response = await t.call("POST", `${base}/people/import`, {
      cookie: manager.cookie,
      body: {
        rows: [
          { line: 2, person: { fullName: "Whole Batch One" } },
          { line: 3, person: { fullName: "Whole Batch Two", notes: "broken\u0000note" } },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect((await find("pageSize=1")).total).toBe(before);
  });
});

describe("CSV export", () => {
  test("the export is UTF-8 with a byte-order mark and keeps every script intact", async () => {
    await record({ fullName: '=HYPERLINK("http://evil.example")' });
    const response = await t.call("GET", `${base}/people/export.csv`, { cookie: manager.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain("people.csv");

    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("full_name,email,phone,city,country,locale,groups,notes");
    for (const name of ["דוד לוי", "ნინო ბერიძე", "Γιώργος Παπαδόπουλος", "Ana Šuštar", "ლაშა გელაშვილი"]) {
      expect(lines.some((line) => line.startsWith(`${name},`))).toBe(true);
    }
    expect(lines).toContain("Paged Person 1,,,,GE,,Paging Circle,");
    // A spreadsheet must not run a name as a formula.
    expect(lines).toContain(`"'=HYPERLINK(""http://evil.example"")",,,,,,,`);
  });

  test("a mentor may export but not import", async () => {
    const mentor = await t.memberOf(orgId, "mentor");
    expect((await t.call("GET", `${base}/people/export.csv`, { cookie: mentor.cookie })).status).toBe(200);
    const response = await t.call("POST", `${base}/people/import/preview`, {
      cookie: mentor.cookie,
      body: { csv: "name\r\nX" },
    });
    expect(response.status).toBe(403);
  });
});
