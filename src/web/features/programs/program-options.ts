/** The kinds of program, enrollment roles and statuses, listed once for pickers and labels. */
import type {
  EnrollmentRole,
  EnrollmentStatus,
  ProgramType,
} from "../../../server/modules/programs/programs.tables.ts";

export type { EnrollmentRole, EnrollmentStatus, ProgramType };

// Spelled out with `satisfies` so a value added on the server fails the typecheck here until it is listed.
const typesListed = {
  fellowship: true,
  incubator: true,
  hub: true,
  academy: true,
  partnership_program: true,
  other: true,
} satisfies Record<ProgramType, true>;
export const programTypes = Object.keys(typesListed) as ProgramType[];

const rolesListed = { participant: true, team: true, mentor: true, staff: true } satisfies Record<EnrollmentRole, true>;
export const enrollmentRoles = Object.keys(rolesListed) as EnrollmentRole[];
