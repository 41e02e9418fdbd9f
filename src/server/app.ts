/** The HTTP application: auth, organization scoping, every module's routes, OpenAPI and errors. */
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { throttledSignIn } from "./auth/sign-in-throttle.ts";
import { memberships, organizations } from "./db/schema.ts";
import { mountApiReference } from "./http/api-reference.ts";
import type { AppEnv, AppServices } from "./http/context.ts";
import { AppError, fromDatabaseError, fromHttpException, NotFound } from "./http/errors.ts";
import { problemResponse } from "./http/problem.ts";
import { createRouter } from "./http/router.ts";
import { apiRouter } from "./modules/index.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const openApiInfo = {
  openapi: "3.1.0",
  info: {
    title: "Civic Hub API",
    version: "0.1.0",
    description:
      "Programs, cohorts, people and selection for civil-society organizations. Organization-scoped routes live under /api/orgs/{orgId}; sign in at /api/auth.",
  },
};

/** The OpenAPI 3.1 contract of every module's routes, as served and as committed in docs/openapi.json. */
export function openApiDocument() {
  return createRouter().route("/api", apiRouter).getOpenAPI31Document(openApiInfo);
}

export function createApp(services: AppServices) {
  const app = createRouter();

  app.use("*", async (c, next) => {
    c.set("services", services);
    await next();
  });

  app.onError((error, c) => {
    const known = error instanceof AppError ? error : (fromHttpException(error) ?? fromDatabaseError(error));
    if (known) return problemResponse(c, known);
    console.error(error);
    return problemResponse(c, new AppError(500 as 400, "errors.internal", "Something went wrong on our side"));
  });
  app.notFound((c) => problemResponse(c, new NotFound("route")));

  app.on(["GET", "POST"], "/api/auth/*", (c) => {
    const request = withClientAddress(c, services.config.trustProxy);
    if (c.req.method === "POST" && c.req.path === "/api/auth/sign-in/email") {
      return throttledSignIn(services.database.db, request, services.clock(), services.auth.handler);
    }
    return services.auth.handler(request);
  });

  app.use("/api/*", async (c, next) => {
    const session = await services.auth.api.getSession({ headers: c.req.raw.headers });
    c.set("user", session ? { id: session.user.id, email: session.user.email, name: session.user.name } : null);
    await next();
  });

  // Inside /api/orgs/{orgId} the user must be a member; anything else is indistinguishable from "no such organization".
  app.use("/api/orgs/:orgId/*", async (c, next) => {
    const user = c.get("user");
    if (!user) throw new AppError(401, "errors.unauthorized", "Sign in first");
    const orgId = c.req.param("orgId");
    if (!orgId || !uuidPattern.test(orgId)) throw new NotFound("organization");
    const [row] = await services.database.db
      .select({
        role: memberships.role,
        id: organizations.id,
        defaultLocale: organizations.defaultLocale,
        timeZone: organizations.timeZone,
        currency: organizations.currency,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.organizationId, orgId), eq(memberships.userId, user.id)));
    if (!row) throw new NotFound("organization");
    const { role, ...organization } = row;
    c.set("ctx", {
      db: services.database.db,
      organizationId: orgId,
      organization,
      actor: { userId: user.id, role },
      clock: services.clock,
      config: services.config,
    });
    await next();
  });

  const routes = app.route("/api", apiRouter);
  const document = openApiDocument();
  app.get("/api/openapi.json", (c) => c.json(document));
  mountApiReference(app);
  return routes;
}

/** The typed route tree the web client (`hc<App>`) is built from. */
export type App = ReturnType<typeof createApp>;

/** better-auth rate-limits by client address; without a trusted proxy that is the socket's own. */
function withClientAddress(c: Context<AppEnv>, trustProxy: boolean): Request {
  const socketAddress = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress;
  if (trustProxy || !socketAddress) return c.req.raw;
  const headers = new Headers(c.req.raw.headers);
  headers.set("x-forwarded-for", socketAddress);
  return new Request(c.req.raw, { headers });
}
