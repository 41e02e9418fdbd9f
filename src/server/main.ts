/** Starts Civic Hub: database, migrations, the demo workspace on a first embedded start, then HTTP. */
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { compress } from "hono/compress";
import { createTransport } from "nodemailer";
import { createApp } from "./app.ts";
import { createAuth } from "./auth/auth.ts";
import { readConfig } from "./config.ts";
import { openDatabase } from "./db/client.ts";
import { buildDemoWorkspace, isDatabaseEmpty, printDemoSignIns } from "./demo/build-demo-workspace.ts";
import { createMailWorker } from "./mail/mail.worker.ts";
import { createEventReminderSweep } from "./modules/events/events.reminders.service.ts";

const webRoot = "./dist/web";
const started = performance.now();
const config = readConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
const auth = createAuth(database.db, config);

if (!config.databaseUrl && (await isDatabaseEmpty(database.db))) {
  console.log("Empty embedded database: loading the demo workspace…");
  printDemoSignIns(await buildDemoWorkspace({ database, auth, config, clock: () => new Date() }));
}

const app = createApp({ database, auth, config, clock: () => new Date() });
app.use("*", compress());
app.use(
  "/assets/*",
  serveStatic({
    root: webRoot,
    onFound: (_path, c) => {
      c.header("cache-control", "public, max-age=31536000, immutable");
    },
  }),
);
app.use("*", serveStatic({ root: webRoot }));
// Every other page is the single-page app; the router in the browser takes it from there.
app.get("*", serveStatic({ path: `${webRoot}/index.html` }));

// Without SMTP_URL nothing is sent: messages stay pending and staff read them in Settings → Outbox.
const mailWorker = config.smtpUrl
  ? createMailWorker({
      db: database.db,
      // Timeouts well inside the worker's lease, so a slow server never lets a second worker take the same batch.
      transport: createTransport({
        url: config.smtpUrl,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      }),
      from: config.mailFrom,
    })
  : undefined;
mailWorker?.start();
// Reminders are queued into the outbox whether or not mail is sent from here, so staff see them there too.
const reminderSweep = createEventReminderSweep({ db: database.db, clock: () => new Date(), config });
reminderSweep.start();

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Civic Hub on http://localhost:${info.port} (${database.driver}, ready in ${seconds}s)`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    Promise.all([mailWorker?.stop(), reminderSweep.stop()])
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}
