/** Everyone the organization works with: search in any script, filter by country or group, page through. */
import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { CountryField, usePlaceName } from "../../ui/country-field.tsx";
import { Cell, DataTable, PageHeader } from "../../ui/layout.tsx";
import { PagedList } from "../../ui/paged-list.tsx";
import { SearchBox } from "../../ui/search-box.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { GroupFilter } from "./group-filter.tsx";
import type { PeopleSearch } from "./people-search.ts";
import { PersonLink } from "./record-links.tsx";
import { type Person, usePeople } from "./use-people-queries.ts";

export function PeopleListPage() {
  const t = useT();
  const { orgId } = useParams({ from: "/orgs/$orgId/people" });
  const search = useSearch({ from: "/orgs/$orgId/people" });
  const navigate = useNavigate({ from: "/orgs/$orgId/people" });
  const people = usePeople(orgId, search);
  const canEdit = isStaff(useMembership(orgId)?.role);
  const filtered = !!(search.q || search.country || search.groupId);
  /** A new filter starts again at page 1 and replaces the address; paging adds to history. */
  const filter = (change: PeopleSearch) =>
    navigate({ search: (current) => ({ ...current, ...change, page: undefined }), replace: true });
  return (
    <div>
      <PageHeader
        title={t("nav.people")}
        subtitle={people.data && t("people.count", { count: people.data.total })}
        actions={canEdit && <PeopleActions orgId={orgId} />}
      />
      <div className="mb-4 grid gap-3 sm:grid-cols-3">
        <SearchBox label={t("people.search")} value={search.q ?? ""} onSearch={(q) => filter({ q: q || undefined })} />
        <CountryField
          label={t("people.filter.country")}
          value={search.country ?? null}
          onChange={(country) => filter({ country: country ?? undefined })}
        />
        <GroupFilter orgId={orgId} groupId={search.groupId} onChange={(groupId) => filter({ groupId })} />
      </div>
      <PagedList
        list={people}
        empty={t(filtered ? "people.list.noMatches" : "people.list.empty")}
        onPageChange={(page) => navigate({ search: (current) => ({ ...current, page }) })}
      >
        {(items) => <PeopleTable orgId={orgId} people={items} />}
      </PagedList>
    </div>
  );
}

function PeopleActions({ orgId }: { orgId: string }) {
  const t = useT();
  return (
    <>
      <Link to="/orgs/$orgId/people/new" params={{ orgId }} className={buttonClass()}>
        {t("people.add")}
      </Link>
      <Link to="/orgs/$orgId/people/import" params={{ orgId }} className={buttonClass("secondary")}>
        {t("people.import.button")}
      </Link>
      <a href={`/api/orgs/${orgId}/people/export.csv`} download className={buttonClass("secondary")}>
        {t("people.export")}
      </a>
    </>
  );
}

function PeopleTable({ orgId, people }: { orgId: string; people: Omit<Person, "groups">[] }) {
  const t = useT();
  const placeName = usePlaceName();
  return (
    <DataTable
      caption={t("people.list.caption")}
      headers={[t("people.field.fullName"), t("people.field.email"), t("people.field.phone"), t("people.list.place")]}
    >
      {people.map((person) => (
        <tr key={person.id} className="hover:bg-slate-50">
          <Cell>
            <PersonLink orgId={orgId} person={person} />
          </Cell>
          <Cell>
            <span dir="ltr">{person.email}</span>
          </Cell>
          <Cell>
            <span dir="ltr">{person.phone}</span>
          </Cell>
          <Cell>{placeName(person.city, person.country)}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
