/**
 * `npm run bench`: people search and listing on a large organization.
 * Generates PEOPLE (default 100,000) people with names in Hebrew, Georgian, Greek and Latin scripts into a fresh
 * database (PGlite in a temporary folder, or BENCH_DATABASE_URL), then times the API as a signed-in manager sees it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createApp } from "../src/server/app.ts";
import { createAuth } from "../src/server/auth/auth.ts";
import { readConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/client.ts";
import { memberships, organizations, people } from "../src/server/db/schema.ts";
import { searchKeyOf } from "../src/server/modules/people/search-key.ts";

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

const dataDir = process.env.BENCH_DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "civic-bench-"));
const database = await openDatabase({ url: process.env.BENCH_DATABASE_URL, dataDir });
await database.migrate();
const config = readConfig({});
const auth = createAuth(database.db, config);
const app = createApp({ database, auth, config, clock: () => new Date() });

const [organization] = await database.db
  .insert(organizations)
  .values({ slug: `bench-${Date.now()}`, name: { en: "Bench" }, timeZone: "UTC", currency: "EUR" })
  .returning();
const signUp = await auth.api.signUpEmail({
  body: { name: "Bench", email: `bench-${Date.now()}@example.org`, password: "bench-password-1" },
  returnHeaders: true,
});
await database.db
  .insert(memberships)
  .values({ organizationId: organization.id, userId: signUp.response.user.id, role: "owner" });
const cookie = (signUp.headers.get("set-cookie") ?? "").split(";")[0];

let started = performance.now();
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
console.log(
  `generated ${total.toLocaleString("en")} people in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.driver})`,
);

async function time(label: string, url: string, runs = 20) {
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    started = performance.now();
    const response = await app.request(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${label}: ${response.status}`);
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const median = durations[Math.floor(runs / 2)];
  const p95 = durations[Math.floor(runs * 0.95) - 1];
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`);
}

const base = `/api/orgs/${organization.id}/people`;
await time("first page, 25 by name", `${base}?page=1&pageSize=25`);
await time("page 2000 (offset 49,975)", `${base}?page=2000&pageSize=25`);
await time("search Greek, accent-insensitive", `${base}?q=${encodeURIComponent("παπαδοπουλου")}`);
await time("search Georgian", `${base}?q=${encodeURIComponent("ბერიძე")}`);
await time("search Latin without diacritics", `${base}?q=sustar`);
await time("search rare (one match)", `${base}?q=person77777@`);
await time("filter by country", `${base}?country=GE`);
await time(`CSV export of all ${total.toLocaleString("en")}`, `${base}/export.csv`, 3);

await database.close();
if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
