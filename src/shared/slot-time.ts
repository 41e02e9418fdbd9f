/**
 * How an interview slot's time is written, the same on the staff page and in the applicant's email: spelled out in
 * fields rather than date and time styles, so a range within one day names the day once.
 */
export const slotTimeFormat = {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
} as const satisfies Intl.DateTimeFormatOptions;
