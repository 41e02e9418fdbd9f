/** A person's or a group's name, linking to their page. */
import { Link } from "@tanstack/react-router";

const linkClass = "font-medium text-brand-700 hover:underline";

export function PersonLink({ orgId, person }: { orgId: string; person: { id: string; fullName: string } }) {
  return (
    <Link to="/orgs/$orgId/people/$personId" params={{ orgId, personId: person.id }} className={linkClass}>
      {person.fullName}
    </Link>
  );
}

export function GroupLink({ orgId, group }: { orgId: string; group: { id: string; name: string } }) {
  return (
    <Link to="/orgs/$orgId/groups/$groupId" params={{ orgId, groupId: group.id }} className={linkClass}>
      {group.name}
    </Link>
  );
}
