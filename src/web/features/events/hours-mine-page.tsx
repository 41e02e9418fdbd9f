/** A participant's own commitment hours in every program they are enrolled in: progress, attended events, logged hours. */
import { Navigate } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMe } from "../../session.ts";
import { ErrorBanner } from "../../ui/controls.tsx";
import { EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { HoursCard } from "./hours-card.tsx";
import { useMyHours } from "./hours-queries.ts";

export function HoursMinePage() {
  const t = useT();
  const me = useMe();
  if (me.isPending) return null;
  if (!me.data) return <Navigate to="/sign-in" search={{ redirect: "/my/hours" }} />;
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-6">
      <PageHeader title={t("hours.mineTitle")} subtitle={t("hours.mineIntro")} />
      <MyHoursCards />
    </main>
  );
}

function MyHoursCards() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const mine = useMyHours();
  if (mine.error) return <ErrorBanner>{problemText(mine.error)}</ErrorBanner>;
  if (mine.data?.length === 0) {
    return (
      <EmptyState>
        {t("hours.mineNone")} {t("hours.mineUnlinked")}
      </EmptyState>
    );
  }
  return (mine.data ?? []).map((entry) => (
    <HoursCard
      key={entry.enrollmentId}
      hours={entry}
      title={[entry.organization.name, entry.programName, entry.cohortName]
        .map((name) => format.text(name, entry.organization.defaultLocale))
        .join(" · ")}
      organizationLocale={entry.organization.defaultLocale}
    />
  ));
}
