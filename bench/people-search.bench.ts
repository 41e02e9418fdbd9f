/**
 * `npm run bench`: people search and listing on a large organization.
 * Generates PEOPLE (default 100,000) people with names in Hebrew, Georgian, Greek and Latin scripts into a fresh
 * database (PGlite in a temporary folder, or BENCH_DATABASE_URL), then times the API as a signed-in manager sees it.
 */
import { sql } from "drizzle-orm";
import { people } from "../src/server/db/schema.ts";
import { searchKeyOf } from "../src/server/modules/people/search-key.ts";
import { elapsedSeconds, openBench } from "./bench-kit.ts";

const total = Number(process.env.PEOPLE ?? 100_000);
const given = ["נועה", "איתי", "ნინო", "გიორგი", "Μαρία", "Γιώργος", "Ana", "Luka", "Špela", "Žiga"];
const family = [
  "כהן",
  "לוי",
  "ბერიძე",
  "მაისურაძე",
  "Παπαδοπούλου",
  "Νικολάου",
  "Novak",
  "Horvat",
  "Kovačič",
  "Šuštar",
];
const countries = ["IL", "GE", "GR", "SI", "HR"];

const { database, organization, time, close } = await openBench();

const started = performance.now();
for (let offset = 0; offset < total; offset += 1000) {
  const rows = Array.from({ length: Math.min(1000, total - offset) }, (_, index) => {
    const n = offset + index;
    const fullName = `${given[n % given.length]} ${family[Math.floor(n / given.length) % family.length]} ${n}`;
    const email = `person${n}@example.org`;
    return {
      organizationId: organization.id,
      fullName,
      email,
      country: countries[n % countries.length],
      searchKey: searchKeyOf(fullName, email),
    };
  });
  await database.db.insert(people).values(rows);
}
// A server's autovacuum would have analyzed the table by now; PGlite has none, so do it here.
await database.db.execute(sql`analyze people`);
console.log(`generated ${total.toLocaleString("en")} people in ${elapsedSeconds(started)} s (${database.driver})`);

const base = `/api/orgs/${organization.id}/people`;
await time("first page, 25 by name", `${base}?page=1&pageSize=25`);
await time("page 2000 (offset 49,975)", `${base}?page=2000&pageSize=25`);
await time("search Greek, accent-insensitive", `${base}?q=${encodeURIComponent("παπαδοπουλου")}`);
await time("search Georgian", `${base}?q=${encodeURIComponent("ბერიძე")}`);
await time("search Latin without diacritics", `${base}?q=sustar`);
await time("search rare (one match)", `${base}?q=person77777@`);
await time("filter by country", `${base}?country=GE`);
await time(`CSV export of all ${total.toLocaleString("en")}`, `${base}/export.csv`, 3);

await close();
