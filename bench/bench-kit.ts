/** What every benchmark shares: a fresh database (PGlite in a temporary folder, or BENCH_DATABASE_URL), the app, an owner's session, timing. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createApp } from "../src/server/app.ts";
import { createAuth } from "../src/server/auth/auth.ts";
import { readConfig } from "../src/server/config.ts";
import { openDatabase } from "../src/server/db/client.ts";
import { memberships, organizations } from "../src/server/db/schema.ts";

export async function openBench(organizationSlug = "bench") {
  const dataDir = process.env.BENCH_DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "civic-bench-"));
  const database = await openDatabase({ url: process.env.BENCH_DATABASE_URL, dataDir });
  await database.migrate();
  const config = readConfig({});
  const auth = createAuth(database.db, config);
  const services = { database, auth, config, clock: () => new Date() };
  const app = createApp(services);
  const [organization] = await database.db
    .insert(organizations)
    .values({ slug: `${organizationSlug}-${Date.now()}`, name: { en: "Bench" }, timeZone: "UTC", currency: "EUR" })
    .returning();
  const signUp = await auth.api.signUpEmail({
    body: { name: "Bench", email: `bench-${Date.now()}@example.org`, password: "bench-password-1" },
    returnHeaders: true,
  });
  await database.db
    .insert(memberships)
    .values({ organizationId: organization.id, userId: signUp.response.user.id, role: "owner" });
  const cookie = (signUp.headers.get("set-cookie") ?? "").split(";")[0];

  /** Median and 95th percentile of `runs` requests through the whole app. */
  async function time(label: string, url: string, runs = 20) {
    const durations: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const response = await app.request(url, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${label}: ${response.status}`);
      durations.push(performance.now() - started);
    }
    durations.sort((a, b) => a - b);
    const median = durations[Math.floor(runs / 2)];
    const p95 = durations[Math.max(0, Math.floor(runs * 0.95) - 1)];
    console.log(
      `${label.padEnd(48)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`,
    );
  }

  async function close() {
    await database.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }

  return { database, services, app, organization, cookie, time, close };
}

export function elapsedSeconds(started: number) {
  return ((performance.now() - started) / 1000).toFixed(1);
}
