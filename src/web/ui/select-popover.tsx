/** The pop-up list of options under a select or a combo box. */
import { ListBox, ListBoxItem, Popover } from "react-aria-components";

/** `lang` marks an option written in another language than the page (a language named in itself). */
export type Option = { id: string; label: string; description?: string; lang?: string };

/** A select passes its `options`; a combo box passes none and its own (narrowed) items are listed. */
export function SelectPopover({ options }: { options?: Option[] }) {
  return (
    <Popover className="min-w-(--trigger-width) rounded-md border border-slate-200 bg-white shadow-lg">
      <ListBox<Option> items={options} className="max-h-72 overflow-auto p-1 outline-none">
        {(option) => (
          <ListBoxItem
            id={option.id}
            textValue={option.label}
            lang={option.lang}
            className="cursor-default rounded px-3 py-1.5 text-sm outline-none data-focused:bg-brand-50 data-selected:font-semibold"
          >
            {option.description ? (
              <>
                <span className="block">{option.label}</span>
                <span className="block text-xs text-slate-500">{option.description}</span>
              </>
            ) : (
              option.label
            )}
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  );
}
