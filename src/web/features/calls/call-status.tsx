/** How a call's and an application's status look: a coloured badge with the status in words. */
import { useT } from "../../i18n/i18n.tsx";
import { Badge } from "../../ui/layout.tsx";

export const applicationStatuses = [
  "draft",
  "submitted",
  "screened_out",
  "accepted",
  "waitlisted",
  "rejected",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

const applicationTones = {
  draft: "slate",
  submitted: "amber",
  screened_out: "red",
  accepted: "green",
  waitlisted: "amber",
  rejected: "red",
  withdrawn: "slate",
} as const;

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useT();
  return <Badge tone={applicationTones[status]}>{t(`applications.status.${status}`)}</Badge>;
}

/** A published call is open, not open yet, or past its deadline. */
export function CallStatusBadge({
  status,
  isOpen,
  closesAt,
}: {
  status: "draft" | "published" | "closed";
  isOpen: boolean;
  closesAt: string;
}) {
  const t = useT();
  if (status === "published") {
    if (isOpen) return <Badge tone="green">{t("calls.status.open")}</Badge>;
    const ended = Date.parse(closesAt) <= Date.now();
    return <Badge tone="amber">{t(ended ? "calls.status.ended" : "calls.status.scheduled")}</Badge>;
  }
  return <Badge tone={status === "closed" ? "red" : "slate"}>{t(`calls.status.${status}`)}</Badge>;
}
