/** Money typed in major units (shekels, euros) and kept in integer minor units (agorot, cents) of its currency. */
export function isCurrencyCode(code: string) {
  return /^[A-Z]{3}$/.test(code);
}

/** Fraction digits of a currency (ILS 2, JPY 0, KWD 3); 2 while the code is still being typed. */
export function currencyDigits(currency: string) {
  if (!isCurrencyCode(currency)) return 2;
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function toMinorUnits(major: number, currency: string) {
  return Math.round(major * 10 ** currencyDigits(currency));
}

export function toMajorUnits(minor: number, currency: string) {
  return minor / 10 ** currencyDigits(currency);
}

/** One total per currency, in the order the currencies first appear. */
export function totalsByCurrency(lines: { plannedAmount: number; currency: string }[]) {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.currency, (totals.get(line.currency) ?? 0) + line.plannedAmount);
  return [...totals].map(([currency, total]) => ({ currency, total }));
}
