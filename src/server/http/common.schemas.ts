/** Schemas shared by every module: ids, localized text, ISO codes, paging. */
import { z } from "@hono/zod-openapi";
import { locales } from "../../shared/i18n/locales.ts";

export const Uuid = z.uuid();

export const LocalizedTextInput = z
  .partialRecord(z.enum(locales), z.string().trim().max(500))
  .refine((text) => Object.values(text).some((value) => !!value), {
    message: "Give a text in at least one language",
    params: { code: "errors.oneLanguageRequired" },
  })
  .openapi("LocalizedText", { example: { en: "Leadership 20/20", he: "מנהיגות 20/20" } });

export const LongLocalizedTextInput = z.partialRecord(z.enum(locales), z.string().max(10_000));

export const LocalizedTextOutput = z.record(z.string(), z.string());

export const LocaleCode = z.enum(locales);
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, "Use a two-letter ISO country code");
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, "Use a three-letter ISO currency code");
export const IsoDate = z.iso.date();

export const OrgParams = z.object({ orgId: Uuid.openapi({ param: { name: "orgId", in: "path" } }) });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const Ok = z.object({ ok: z.literal(true) });
