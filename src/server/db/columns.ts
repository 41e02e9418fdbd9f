/** Column builders every domain table shares: UUIDv7 ids, the owning organization, timestamps. */
import { jsonb, timestamp, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "uuidv7";
import type { LocalizedText } from "../../shared/localized-text.ts";

export const id = () =>
  uuid("id")
    .primaryKey()
    .$defaultFn(() => uuidv7());

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const localizedText = (name: string) => jsonb(name).$type<LocalizedText>();
