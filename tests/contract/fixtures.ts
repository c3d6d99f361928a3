import type { Nominee } from '../../src/domain/answer';
import type { Campaign } from '../../src/domain/campaign';
import type { Actor, DeliverySpec, NewAnswer } from '../../src/app/ports/store';
import { campaignFixture, CONTACT, DEPUTY, org } from '../support/campaign-fixture';

/** Test data for the store contract. Addresses use the reserved .example domain only. */

export const T0 = new Date('2025-04-14T08:00:00.000Z');

/** A fixed instant `minutes` after T0: tests pass times in, they never read a clock. */
export function at(minutes: number): Date {
  return new Date(T0.getTime() + minutes * 60_000);
}

export const CLI: Actor = { kind: 'cli', id: 'operator' };

export function campaign(
  id = 'projektarbete-2025',
  orgIds = ['narhalsan', 'sahlgrenska', 'skaraborg'],
): Campaign {
  return campaignFixture({ id, roles: [CONTACT, DEPUTY], organisations: orgIds.map((o) => org(o)) });
}

export function nominee(name: string, roleId = 'contact', extra: Partial<Nominee> = {}): Nominee {
  const local = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return { roleId, name, email: `${local}@vgregion.example`, ...extra };
}

let keys = 0;

export function newAnswer(overrides: Partial<NewAnswer> & Pick<NewAnswer, 'orgId'>): NewAnswer {
  keys += 1;
  return {
    campaignId: 'projektarbete-2025',
    nominees: [nominee('Anna Andersson')],
    submittedBy: { kind: 'teams-user', name: 'Anna Andersson', id: 'aad-anna' },
    submittedAt: at(60),
    channel: 'teams',
    late: false,
    idempotencyKey: `key-${keys}`,
    ...overrides,
  };
}

export function deliverySpec(orgId: string, overrides: Partial<DeliverySpec> = {}): DeliverySpec {
  return {
    key: `request:projektarbete-2025:${orgId}:email`,
    campaignId: 'projektarbete-2025',
    orgId,
    kind: 'request',
    channel: 'email',
    target: `${orgId}@vgregion.example`,
    ...overrides,
  };
}
