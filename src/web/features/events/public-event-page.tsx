/**
 * One public event: when (on the event's clock), where, seats left, "add to calendar", and the registration form for
 * visitors (name, email, consent) — registered while seats last, waitlisted after.
 */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useLocale, useT } from "../../i18n/i18n.tsx";
import { useMe } from "../../session.ts";
import { CheckboxField } from "../../ui/choice-fields.tsx";
import { Button, ErrorBanner, Notice, TextInput } from "../../ui/controls.tsx";
import { Badge, Card } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { useEventTimes, useKindName, useWhere } from "./event-format.ts";
import { type PublicEvent, usePublicEvent, useRegisterPublicly } from "./use-event-queries.ts";

export function PublicEventPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const times = useEventTimes();
  const where = useWhere();
  const kindName = useKindName();
  const { slug, eventId } = useParams({ from: "/o/$slug/events/$eventId" });
  const event = usePublicEvent(eventId);
  const data = event.data;
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Link to="/o/$slug/events" params={{ slug }} className="text-sm text-brand-700 hover:underline">
        {t("events.public.backToCalendar")}
      </Link>
      <ErrorBanner>{problemText(event.error)}</ErrorBanner>
      {data && (
        <>
          <header className="flex flex-col gap-2">
            <p className="text-sm text-slate-500">
              {format.text(data.organization.name, data.organization.defaultLocale)} ·{" "}
              {kindName(data.kind, data.kindName)}
            </p>
            <h1 className="text-2xl font-semibold text-slate-900">
              {format.text(data.title, data.organization.defaultLocale)}
            </h1>
            {data.status === "cancelled" && (
              <p>
                <Badge tone="red">{t("events.status.cancelled")}</Badge>
              </p>
            )}
          </header>
          <Card>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium text-slate-600">{t("events.column.when")}</dt>
              <dd>
                {times(data)} <span className="text-slate-500">({data.timeZone})</span>
              </dd>
              {where(data) && (
                <>
                  <dt className="font-medium text-slate-600">{t("events.where")}</dt>
                  <dd>{where(data)}</dd>
                </>
              )}
              {data.onlineUrl && (
                <>
                  <dt className="font-medium text-slate-600">{t("events.public.online")}</dt>
                  <dd>
                    <a href={data.onlineUrl} className="text-brand-700 underline" dir="ltr">
                      {data.onlineUrl}
                    </a>
                  </dd>
                </>
              )}
              {data.seatsLeft !== null && data.registration !== "none" && (
                <>
                  <dt className="font-medium text-slate-600">{t("events.public.seats")}</dt>
                  <dd>
                    {data.seatsLeft > 0 ? t("events.seatsLeft", { count: data.seatsLeft }) : t("events.public.full")}
                  </dd>
                </>
              )}
            </dl>
            {data.description && (
              <p dir="auto" className="mt-4 whitespace-pre-wrap text-slate-800">
                {format.text(data.description, data.organization.defaultLocale)}
              </p>
            )}
            <div className="mt-4">
              {/* Built by the iCalendar feature of the API; any calendar app opens it. */}
              <a href={`/api/public/events/${data.id}.ics`} className={buttonClass("secondary")}>
                {t("events.public.addToCalendar")}
              </a>
            </div>
          </Card>
          <Registration event={data} />
        </>
      )}
    </main>
  );
}

function Registration({ event }: { event: PublicEvent }) {
  const t = useT();
  if (event.status === "cancelled" || event.registration === "none") return null;
  if (event.registration === "invite_only") return <Notice>{t("errors.eventInviteOnly")}</Notice>;
  if (new Date(event.startsAt) <= new Date()) return <Notice>{t("errors.eventPast")}</Notice>;
  return (
    <Card title={t("events.public.registerTitle")}>
      <RegistrationForm event={event} />
    </Card>
  );
}

function RegistrationForm({ event }: { event: PublicEvent }) {
  const t = useT();
  const problemText = useProblemText();
  const { locale } = useLocale();
  const me = useMe();
  const [fullName, setFullName] = useState(me.data?.user.name ?? "");
  const [email, setEmail] = useState(me.data?.user.email ?? "");
  const [consent, setConsent] = useState(false);
  const register = useRegisterPublicly(event.id);
  if (register.data) {
    return (
      <Notice>
        {register.data.status === "waitlisted"
          ? t("events.public.waitlisted", { position: register.data.waitlistPosition ?? 0 })
          : t("events.public.registered")}
      </Notice>
    );
  }
  const submit = () => {
    if (!consent) return;
    register.mutate({ fullName: fullName.trim(), email: email.trim(), locale, consent: true });
  };
  const full = event.seatsLeft === 0;
  return (
    <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-4">
      {full && <Notice>{t("events.public.fullJoinWaitlist")}</Notice>}
      <ErrorBanner>{problemText(register.error)}</ErrorBanner>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          label={t("events.public.fullName")}
          value={fullName}
          onChange={setFullName}
          autoComplete="name"
          error={problemText(register.error, "fullName")}
          isRequired
        />
        <TextInput
          label={t("events.public.email")}
          type="email"
          value={email}
          onChange={setEmail}
          autoComplete="email"
          dir="ltr"
          error={problemText(register.error, "email")}
          isRequired
        />
      </div>
      <CheckboxField
        isSelected={consent}
        onChange={setConsent}
        isRequired
        error={problemText(register.error, "consent")}
      >
        {t("events.public.consent")}
      </CheckboxField>
      <div>
        <Button type="submit" isDisabled={!consent || register.isPending}>
          {full ? t("events.public.joinWaitlist") : t("events.public.register")}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}
