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
  /** SMTP server for the outbox worker (smtp://user:pass@host:587); when absent, mail waits in the outbox. */
  smtpUrl: string | undefined;
  /** Sender address of outgoing email. */
  mailFrom: string;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const dataDir = path.resolve(env.DATA_DIR ?? "./data");
  const baseUrl = env.BASE_URL ?? `http://localhost:${port}`;
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    baseUrl,
    authSecret: env.AUTH_SECRET ?? "civic-hub-development-secret-change-me-in-production",
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || `Civic Hub <no-reply@${new URL(baseUrl).hostname}>`,
  };
}
