/** Setting the scene through the API with a page's session, where the story is not about the forms that would do it. */
import type { Page } from "playwright-core";

/** Requests to one organization's API as the page's signed-in person; any answer but a success fails the step. */
export function organizationApi(page: Page, orgId: string) {
  return (method: string, path: string, body?: unknown) =>
    page.evaluate(
      async ({ method, url, body }) => {
        const response = await fetch(url, {
          method,
          headers: { "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}`);
        return response.json();
      },
      { method, url: `/api/orgs/${orgId}${path}`, body },
    );
}
