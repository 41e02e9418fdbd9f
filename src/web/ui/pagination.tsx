/** Previous / next paging with "page X of Y" for any paged list. */
import { useFormat, useT } from "../i18n/i18n.tsx";
import { Button } from "./controls.tsx";

export function Pagination({
  page,
  pageSize,
  total,
  onPageChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}) {
  const t = useT();
  const format = useFormat();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex items-center justify-between gap-3">
      <Button variant="secondary" isDisabled={page <= 1} onPress={() => onPageChange(page - 1)}>
        {t("pagination.previous")}
      </Button>
      <span className="text-sm text-slate-600">
        {t("pagination.pageOf", { page: format.number(page), pageCount: format.number(pageCount) })}
      </span>
      <Button variant="secondary" isDisabled={page >= pageCount} onPress={() => onPageChange(page + 1)}>
        {t("pagination.next")}
      </Button>
    </nav>
  );
}
