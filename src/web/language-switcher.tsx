/** Lets the viewer pick the interface language; each language is named in itself. */
import { Button, ListBox, ListBoxItem, Popover, Select, SelectValue, Label } from "react-aria-components";
import { localeNames, type Locale } from "../shared/i18n/locales.ts";
import { locales, useLocale, useT } from "./i18n/i18n.tsx";

export function LanguageSwitcher() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <Select
      aria-label={t("shell.language")}
      selectedKey={locale}
      onSelectionChange={(key) => setLocale(key as Locale)}
      className="flex items-center gap-2"
    >
      <Label className="sr-only">{t("shell.language")}</Label>
      <Button className="rounded-md border border-white/30 px-3 py-1.5 text-sm text-white outline-none hover:bg-white/10 focus-visible:ring-2 focus-visible:ring-white">
        <SelectValue />
      </Button>
      <Popover className="rounded-md border border-slate-200 bg-white shadow-lg">
        <ListBox className="p-1 outline-none">
          {locales.map((code) => (
            <ListBoxItem
              key={code}
              id={code}
              textValue={localeNames[code]}
              lang={code}
              className="cursor-default rounded px-3 py-1.5 text-sm outline-none data-focused:bg-brand-50 data-selected:font-semibold"
            >
              {localeNames[code]}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
