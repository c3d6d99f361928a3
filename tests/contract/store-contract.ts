import type { Store } from '../../src/app/ports/store';
import type { StoredDefinition } from '../../src/adapters/store/stored-definition';
import { answerContract } from './contract-answers';
import { campaignContract } from './contract-campaigns';
import { channelLinkContract } from './contract-channel-links';
import { deadlineContract } from './contract-deadlines';
import { deliveryContract } from './contract-deliveries';
import { endpointAndAuditContract } from './contract-endpoints-audit';
import { legacyContract } from './contract-legacy';
import { reminderSlotContract } from './contract-reminder-slots';
import { userEndpointContract } from './contract-user-endpoints';

/** A campaign as the previous version of a store left it: opened, never extended, no reminder round done. */
export interface LegacyCampaign {
  definition: StoredDefinition;
  createdAt: Date;
  sentAt: Date;
  deadlineDate: string;
}

export interface OpenedStore {
  store: Store;
  /** Another store on the same data, as a second process of the service (or the CLI) opens it. */
  another(): Promise<Store>;
  /**
   * Data written the way the store's previous version wrote it, before reminders existed (SQLite: a file
   * at the previous schema version; SharePoint: items without the new columns' values), then a store of
   * this version opened on it.
   */
  openOnLegacy(campaign: LegacyCampaign): Promise<Store>;
  cleanup(): Promise<void>;
}

/** Stores a test opened besides the main one; each implementation closes them in cleanup. */
export type Opened = () => OpenedStore;

/**
 * What every Store must do, written against the port only, so each implementation (SQLite now,
 * SharePoint later) runs the same expectations. Every test gets a fresh, empty store.
 */
export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract: ${name}`, () => {
    let opened: OpenedStore | undefined;
    const current: Opened = () => {
      if (!opened) throw new Error('store not open');
      return opened;
    };
    const store = (): Store => current().store;

    beforeEach(async () => {
      opened = await open();
    });

    afterEach(async () => {
      await opened?.cleanup();
      opened = undefined;
    });

    describe('campaigns', () => campaignContract(store));
    describe('answers', () => answerContract(store));
    describe('deliveries', () => deliveryContract(store));
    describe('channel endpoints and audit trail', () => endpointAndAuditContract(store));
    describe('deadline extensions', () => deadlineContract(current));
    describe('reminder slots', () => reminderSlotContract(current));
    describe('user endpoints', () => userEndpointContract(current));
    describe('channel links', () => channelLinkContract(current));
    describe('campaigns stored by the previous version', () => legacyContract(current));
  });
}
