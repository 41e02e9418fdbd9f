/** Registrants' emails (registered, waitlisted, promoted, event cancelled) in their language, times in the event's zone. */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { pickLocale } from "../../../shared/localized-text.ts";
import type { Db } from "../../db/client.ts";
import { translate } from "../../i18n.ts";
import { enqueueMail } from "../../mail/mail.service.ts";
import type { events } from "./events.tables.ts";

export type MailEvent = Pick<
  typeof events.$inferSelect,
  "id" | "organizationId" | "title" | "startsAt" | "timeZone" | "venueName" | "city" | "onlineUrl"
>;

export type Registrant = { registrationId: string; fullName: string; email: string | null; locale: string };

type Notice = "registered" | "waitlisted" | "promoted" | "cancelled";

/** A random link secret: the email carries it, the database keeps only its hash. */
export function newCancelToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashOfToken(token) };
}

export function hashOfToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export function tokenMatches(token: string, storedHash: string | null) {
  if (!storedHash) return false;
  const given = Buffer.from(hashOfToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function cancelLink(baseUrl: string, registrationId: string, token: string) {
  return `${baseUrl}/events/registrations/${registrationId}/cancel?token=${encodeURIComponent(token)}`;
}

function whenIn(locale: string, event: MailEvent) {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: event.timeZone,
    timeZoneName: "short",
  }).format(event.startsAt);
}

function whereOf(event: MailEvent) {
  return [event.venueName, event.city, event.onlineUrl].filter(Boolean).join(", ") || "—";
}

/** Queues one notice; `link` is the tokenized cancellation link when the registrant still holds a place. */
export async function queueRegistrantNotice(
  db: Db,
  event: MailEvent,
  registrant: Registrant,
  notice: Notice,
  organizationLocale: string,
  link?: string,
) {
  if (!registrant.email) return;
  const locale = registrant.locale;
  const values = {
    name: registrant.fullName,
    event: pickLocale(event.title, locale, organizationLocale),
    when: whenIn(locale, event),
    where: whereOf(event),
  };
  const body = translate(locale, `mail.event.${notice}.body` as MessageKey, values);
  await enqueueMail(db, {
    organizationId: event.organizationId,
    recipient: registrant.email,
    locale,
    kind: `event.${notice}`,
    subject: translate(locale, `mail.event.${notice}.subject` as MessageKey, values),
    body: link ? `${body}\n\n${translate(locale, "mail.event.cancelLink", { link })}` : body,
  });
}
