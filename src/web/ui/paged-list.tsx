/** One page of a server-paged list: its refusal, an empty state, or the rows with previous / next paging. */
import type { ReactNode } from "react";
import { useFormat, useT } from "../i18n/i18n.tsx";
import { Button, ErrorBanner } from "./controls.tsx";
import { EmptyState } from "./layout.tsx";
import { useProblemText } from "./problem-text.ts";

type Page<Item> = { items: Item[]; page: number; pageSize: number; total: number };

type PagedListProps<Item> = {
  /** The query for the page shown. */
  list: { data?: Page<Item>; error: unknown };
  /** Said when nothing matches. */
  empty: string;
  onPageChange: (page: number) => void;
  children: (items: Item[]) => ReactNode;
};

export function PagedList<Item>({ list, empty, onPageChange, children }: PagedListProps<Item>) {
  const problemText = useProblemText();
  return (
    <>
      <ErrorBanner>{problemText(list.error)}</ErrorBanner>
      {list.data?.total === 0 && <EmptyState>{empty}</EmptyState>}
      {!!list.data?.items.length && (
        <div>
          {children(list.data.items)}
          <Pagination page={list.data} onPageChange={onPageChange} />
        </div>
      )}
    </>
  );
}

function Pagination({ page, onPageChange }: { page: Page<unknown>; onPageChange: (page: number) => void }) {
  const t = useT();
  const format = useFormat();
  const pageCount = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex items-center justify-between gap-3">
      <Button variant="secondary" isDisabled={page.page <= 1} onPress={() => onPageChange(page.page - 1)}>
        {t("pagination.previous")}
      </Button>
      <span className="text-sm text-slate-600">
        {t("pagination.pageOf", { page: format.number(page.page), pageCount: format.number(pageCount) })}
      </span>
      <Button variant="secondary" isDisabled={page.page >= pageCount} onPress={() => onPageChange(page.page + 1)}>
        {t("pagination.next")}
      </Button>
    </nav>
  );
}
