/** How events read: kind names (built-in from the catalogs, the organization's own from their names) and times. */
import { useCallback } from "react";
import type { LocalizedText } from "../../../shared/localized-text.ts";
import { useFormat, useLocale, useT } from "../../i18n/i18n.tsx";
import { usePlaceName } from "../../ui/country-field.tsx";

type KindLike = { key: string; name: LocalizedText | null };

/**
 * `kindName("seminar")` from the catalog; an organization's own kind by its name, found in `kinds` or given (the
 * public pages receive it with the event).
 */
export function useKindName(kinds?: KindLike[]) {
  const t = useT();
  const format = useFormat();
  return useCallback(
    (key: string, ownName?: LocalizedText | null) => {
      const name = ownName ?? kinds?.find((kind) => kind.key === key)?.name;
      return name ? format.text(name) : t(`events.kind.${key}` as Parameters<typeof t>[0]);
    },
    [kinds, t, format],
  );
}

type Timed = { startsAt: string; endsAt: string; timeZone: string };

/**
 * An event's time span in the viewer's language, on the clock of the event's own time zone: the date once and the
 * hours when it starts and ends on the same day.
 */
export function useEventTimes() {
  const t = useT();
  const { locale } = useLocale();
  return useCallback(
    (event: Timed, style: "full" | "time" = "full") => {
      const start = new Date(event.startsAt);
      const end = new Date(event.endsAt);
      const timeZone = event.timeZone;
      const hours = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone });
      if (style === "time") return hours.formatRange(start, end);
      if (dayOf(event) === dayOf({ ...event, startsAt: event.endsAt })) {
        const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(start);
        return t("events.dateAndTimes", { date, times: hours.formatRange(start, end) });
      }
      return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).formatRange(
        start,
        end,
      );
    },
    [locale, t],
  );
}

/** The calendar day (yyyy-mm-dd) an event starts on in its own time zone, for grouping an agenda by day. */
export function dayOf(event: Timed) {
  // From the parts, not a locale's pattern: the browser's Intl polyfill carries only the interface's locales.
  const parts = new Intl.DateTimeFormat("en", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: event.timeZone,
  }).formatToParts(new Date(event.startsAt));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

type Located = { venueName: string | null; city: string | null; country: string | null; onlineUrl: string | null };

export function useWhere() {
  const placeName = usePlaceName();
  return useCallback(
    (event: Located) => [event.venueName, placeName(event.city, event.country)].filter(Boolean).join(" · "),
    [placeName],
  );
}
