/** `npm run demo`: loads the demo workspace into the configured database (e.g. DATABASE_URL) if it is empty. */
import { createAuth } from "../auth/auth.ts";
import { readConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { buildDemoWorkspace, isDatabaseEmpty, printDemoSignIns } from "./build-demo-workspace.ts";

const config = readConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();
if (!(await isDatabaseEmpty(database.db))) {
  console.error("The database already has users or organizations; the demo loads only into an empty one.");
  await database.close();
  process.exit(1);
}
const services = { database, auth: createAuth(database.db, config), config, clock: () => new Date() };
printDemoSignIns(await buildDemoWorkspace(services));
await database.close();
