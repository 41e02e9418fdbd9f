/** Calendar dates where the organization works, so phases turn over at its midnight wherever the viewer is. */
import { useMembership } from "../../session.ts";
import { dateIn } from "./timeline-layout.ts";

export function useOrganizationDates(orgId: string) {
  const timeZone = useMembership(orgId)?.timeZone ?? "UTC";
  return { today: dateIn(timeZone, new Date()), dateOf: (instant: string) => dateIn(timeZone, new Date(instant)) };
}
