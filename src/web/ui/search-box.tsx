/** A labelled search field that reports what was typed once the typing pauses. */
import { useCallback, useEffect, useRef, useState } from "react";
import { Input, Label, SearchField } from "react-aria-components";

/** `callback`, called `delay` ms after the last call, with that call's arguments. */
export function useDebouncedCallback<Args extends unknown[]>(callback: (...args: Args) => void, delay = 300) {
  const latest = useRef(callback);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(
    (...args: Args) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(...args), delay);
    },
    [delay],
  );
}

export function SearchBox({
  label,
  value,
  onSearch,
  className,
}: {
  label: string;
  value: string;
  onSearch: (text: string) => void;
  className?: string;
}) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // The search changed from outside (back button, a link): show it instead of what was typed.
  if (value !== shown) {
    setShown(value);
    if (value !== text.trim()) setText(value);
  }
  const search = useDebouncedCallback((next: string) => onSearch(next.trim()));
  return (
    <SearchField
      value={text}
      onChange={(next) => {
        setText(next);
        search(next);
      }}
      className={`flex flex-col gap-1 ${className ?? ""}`}
    >
      <Label className="text-sm font-medium text-slate-700">{label}</Label>
      <Input className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100" />
    </SearchField>
  );
}
