/** Who is signed in and in which organizations, from GET /api/me. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { api, unwrap } from "./api-client.ts";

export function useMe() {
  return useQuery({
    queryKey: ["me"],
    queryFn: async () => {
      const response = await api.api.me.$get();
      if (response.status === 401) return null;
      return unwrap(response);
    },
    staleTime: 60_000,
  });
}

type Me = NonNullable<ReturnType<typeof useMe>["data"]>;
export type MyOrganization = Me["organizations"][number];

/** The signed-in user's membership in one organization (for its settings and the viewer's role). */
export function useMembership(orgId: string) {
  const me = useMe();
  return me.data?.organizations.find((organization) => organization.id === orgId);
}

/** Ends the session and opens the sign-in page, which returns to `redirect` after the next sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (redirect?: string) => {
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    queryClient.clear();
    await navigate({ to: "/sign-in", search: { redirect } });
  };
}

const staffRoles = ["owner", "admin", "program_manager"];

export function isStaff(role: string | undefined) {
  return !!role && staffRoles.includes(role);
}

export function isAdmin(role: string | undefined) {
  return role === "owner" || role === "admin";
}
