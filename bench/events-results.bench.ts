/**
 * `npm run bench` (second part): the results page and the public event list on a large workload.
 * Generates PEOPLE (default 100,000) people, EVENTS (default 20,000) events of every kind over eight years in five
 * countries, ATTENDANCE (default 1,000,000) attendance rows and festival headcounts, all with set-based SQL, then
 * times the results API through the app and loads the public event list over HTTP with autocannon.
 */
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { builtInEventKinds } from "../src/server/modules/events/events.tables.ts";
import { elapsedSeconds, openBench } from "./bench-kit.ts";

const peopleCount = Number(process.env.PEOPLE ?? 100_000);
const eventCount = Number(process.env.EVENTS ?? 20_000);
const attendanceCount = Number(process.env.ATTENDANCE ?? 1_000_000);
const perEvent = Math.ceil(attendanceCount / eventCount);

const { database, organization, app, time, close } = await openBench("bench-events");
const db = database.db;
const kinds = sql.raw(`array[${builtInEventKinds.map((kind) => `'${kind}'`).join(",")}]`);

let started = performance.now();
await db.execute(sql`
  insert into people (id, organization_id, full_name, email, country, search_key)
  select gen_random_uuid(), ${organization.id}, 'Person ' || n, 'person' || n || '@example.org',
         (array['SI','HR','HU','IT','PL'])[1 + n % 5], 'person ' || n
  from generate_series(1, ${peopleCount}) as n`);
// Eight years of events, one in ten public, the last tenth still to come; festivals count visitors instead.
await db.execute(sql`
  insert into events (id, organization_id, kind, title, starts_at, ends_at, time_zone, city, country, is_public,
                      registration, capacity)
  select gen_random_uuid(), ${organization.id}, (${kinds})[1 + n % ${builtInEventKinds.length}],
         jsonb_build_object('en', 'Event ' || n),
         timestamptz '2019-01-01 09:00+00' + (n * interval '1 day' * 8 * 365 / ${eventCount}),
         timestamptz '2019-01-01 12:00+00' + (n * interval '1 day' * 8 * 365 / ${eventCount}),
         'Europe/Ljubljana', 'City ' || n % 40, (array['SI','HR','HU','IT','PL'])[1 + n % 5], n % 10 = 0,
         'open', 200
  from generate_series(1, ${eventCount}) as n`);
// Person k of event n is a fixed pseudo-random pick, so no one attends the same event twice.
await db.execute(sql`
  with numbered_events as (
    select id, starts_at, row_number() over (order by starts_at) as n from events where organization_id = ${organization.id}
  ), numbered_people as (
    select id, row_number() over (order by id) - 1 as n from people where organization_id = ${organization.id}
  )
  insert into event_attendance (id, organization_id, event_id, person_id, checked_in_at, source)
  select gen_random_uuid(), ${organization.id}, e.id, p.id, e.starts_at, 'check_in'
  from numbered_events e
  cross join generate_series(0, ${perEvent - 1}) as k
  join numbered_people p on p.n = (e.n * 7919 + k) % ${peopleCount}
  where (e.n - 1) * ${perEvent} + k < ${attendanceCount}`);
await db.execute(sql`
  insert into event_headcounts (id, organization_id, event_id, country, count)
  select gen_random_uuid(), organization_id, id, country, 50 + (extract(doy from starts_at))::int
  from events where organization_id = ${organization.id} and kind = 'festival'`);
await db.execute(sql`analyze`);
console.log(
  `generated ${peopleCount.toLocaleString("en")} people, ${eventCount.toLocaleString("en")} events and ${attendanceCount.toLocaleString("en")} attendance rows in ${elapsedSeconds(started)} s (${database.driver})`,
);

const results = `/api/orgs/${organization.id}/results`;
await time("results, one year (2024)", `${results}?from=2024-01-01&to=2024-12-31`, 10);
await time("results, all eight years", `${results}?from=2019-01-01&to=2026-12-31`, 5);
await time("results CSV, one year", `${results}/export.csv?from=2024-01-01&to=2024-12-31`, 5);

// The public event list as visitors load it: a real HTTP server, 20 connections for 10 seconds.
const server = serve({ fetch: app.fetch, port: 0 });
await new Promise((resolve) => server.once("listening", resolve));
const port = (server.address() as { port: number }).port;
started = performance.now();
const load = await autocannon({
  url: `http://127.0.0.1:${port}/api/public/orgs/${organization.slug}/events`,
  connections: 20,
  duration: 10,
});
console.log(
  `public event list (autocannon, 20 connections, 10 s): ${load.requests.average.toFixed(0)} req/s, latency median ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.non2xx} non-2xx, ${load.errors} errors`,
);
// autocannon stops with requests still in flight; let the server answer them before the database closes.
await new Promise((resolve) => server.close(resolve));
await close();
