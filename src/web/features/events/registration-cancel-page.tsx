/** Where the link in a registration email leads: see the registration and cancel it, without signing in. */
import { Link, useParams, useSearch } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Card } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { useEventTimes } from "./event-format.ts";
import { useCancelByToken, useRegistrationByToken } from "./use-event-queries.ts";

export function RegistrationCancelPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const times = useEventTimes();
  const { registrationId } = useParams({ from: "/events/registrations/$registrationId/cancel" });
  const { token } = useSearch({ from: "/events/registrations/$registrationId/cancel" });
  const registration = useRegistrationByToken(registrationId, token);
  const cancel = useCancelByToken(registrationId, token);
  const data = registration.data;
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-8">
      <h1 className="text-2xl font-semibold text-slate-900">{t("events.cancelPage.title")}</h1>
      <ErrorBanner>{problemText(registration.error ?? cancel.error)}</ErrorBanner>
      {data && (
        <Card title={format.text(data.event.title, data.event.organization.defaultLocale)}>
          <div className="flex flex-col gap-4">
            <p className="text-sm text-slate-700">
              {times(data.event)} <span className="text-slate-500">({data.event.timeZone})</span>
            </p>
            {data.status === "cancelled" ? (
              <Notice>{t("events.cancelPage.cancelled")}</Notice>
            ) : (
              <div className="flex flex-col gap-3">
                <p className="text-sm text-slate-700">{t("events.cancelPage.question")}</p>
                <div>
                  <Button variant="danger" onPress={() => cancel.mutate()} isDisabled={cancel.isPending}>
                    {t("events.cancelPage.confirm")}
                  </Button>
                </div>
              </div>
            )}
            <Link
              to="/o/$slug/events"
              params={{ slug: data.event.organization.slug }}
              className="text-sm text-brand-700 hover:underline"
            >
              {t("events.public.backToCalendar")}
            </Link>
          </div>
        </Card>
      )}
    </main>
  );
}
