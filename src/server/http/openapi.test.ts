import fs from "node:fs";
import { expect, test } from "vitest";
import { openApiDocument } from "../app.ts";

test("the committed docs/openapi.json matches the routes (run `npm run openapi` after changing a route)", () => {
  const committed = JSON.parse(fs.readFileSync("docs/openapi.json", "utf8"));
  expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
});

test("every route documents its error responses as problem+json", () => {
  const document = openApiDocument();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(
      operations as Record<string, { responses: Record<string, any> }>,
    )) {
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      for (const [status, response] of errors) {
        expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([
          "application/problem+json",
        ]);
      }
    }
  }
});
