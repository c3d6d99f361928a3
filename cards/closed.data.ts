import type { CardHeader, RegisteredRole } from './shared.data';

/** Data for `closed.template.json`: the round no longer takes answers (closed, or late answers refused). */
export interface ClosedCardData extends CardHeader {
  lang: string;
  heading: string;
  text: string;
  /** Heading above the registered answer; the answer block is left out when `roles` is empty. */
  registeredHeading: string;
  roles: RegisteredRole[];
  registeredLine: string;
}
