/** Setting the scene through the API with a page's session, where the story is not about the forms that would do it. */
import type { Page } from "playwright-core";

/** JSON to the API as the page's signed-in person; any answer but a success fails the step. */
export function apiRequest(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  );
}

/** Requests to one organization's API as the page's signed-in person. */
export function organizationApi(page: Page, orgId: string) {
  return (method: string, path: string, body?: unknown) => apiRequest(page, method, `/api/orgs/${orgId}${path}`, body);
}
