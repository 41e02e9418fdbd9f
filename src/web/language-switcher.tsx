/** Lets the viewer pick the interface language; each language is named in itself. */
import { Button, Label, Select, SelectValue } from "react-aria-components";
import { type Locale, localeNames, locales } from "../shared/i18n/locales.ts";
import { useLocale, useT } from "./i18n/i18n.tsx";
import { SelectPopover } from "./ui/select-popover.tsx";
import { topBarButtonClass } from "./ui/styles.ts";

const languages = locales.map((code) => ({ id: code, label: localeNames[code], lang: code }));

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
      <Button className={topBarButtonClass}>
        <SelectValue />
      </Button>
      <SelectPopover options={languages} />
    </Select>
  );
}
