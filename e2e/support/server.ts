/** Starts `npm start` on an empty embedded database (so the demo loads) for the browser stories. */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const e2ePort = 3199;
let server: ChildProcess | undefined;
let dataDir: string | undefined;

export async function setup() {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "civic-hub-e2e-"));
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(e2ePort), DATABASE_URL: "" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = Date.now() + 170_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}`);
    try {
      const response = await fetch(`http://localhost:${e2ePort}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not answer /api/health in time");
}

export async function teardown() {
  server?.kill("SIGTERM");
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
