/** Runtime configuration, read once from the environment. */
import path from "node:path";

export type Config = {
  port: number;
  /** PostgreSQL connection string; when absent the embedded PGlite in dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Public origin used in links (invitations) and as better-auth's base URL. */
  baseUrl: string;
  authSecret: string;
  /** Trust X-Forwarded-For from a reverse proxy; otherwise the socket address is the client IP. */
  trustProxy: boolean;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const dataDir = path.resolve(env.DATA_DIR ?? "./data");
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    baseUrl: env.BASE_URL ?? `http://localhost:${port}`,
    authSecret: env.AUTH_SECRET ?? "civic-hub-development-secret-change-me-in-production",
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
  };
}
