/** `/api/docs`: Swagger UI over /api/openapi.json, its files served from node_modules (no CDN). */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Hono } from "hono";

const assets: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
};

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Civic Hub API</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="reference"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script>SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#reference", deepLinking: true });</script>
  </body>
</html>`;

function assetFolder() {
  return path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
}

export function mountApiReference(app: Hono<any>) {
  app.get("/api/docs", (c) => c.html(page));
  app.get("/api/docs/:asset", async (c) => {
    const asset = c.req.param("asset");
    const contentType = assets[asset];
    if (!contentType) return c.notFound();
    c.header("cache-control", "public, max-age=86400");
    return c.body(await readFile(path.join(assetFolder(), asset)), 200, { "content-type": contentType });
  });
}
