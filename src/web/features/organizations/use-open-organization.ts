/** After creating or joining an organization: refresh who I am, so the new membership is known, then open it. */
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";

export function useOpenOrganization() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (orgId: string) => {
    await queryClient.invalidateQueries({ queryKey: ["me"] });
    await navigate({ to: "/orgs/$orgId", params: { orgId } });
  };
}
