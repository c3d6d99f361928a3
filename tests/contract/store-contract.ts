import type { Store } from '../../src/app/ports/store';
import { answerContract } from './contract-answers';
import { campaignContract } from './contract-campaigns';
import { deliveryContract } from './contract-deliveries';
import { endpointAndAuditContract } from './contract-endpoints-audit';

export interface OpenedStore {
  store: Store;
  cleanup(): Promise<void>;
}

/**
 * What every Store must do, written against the port only, so each implementation (SQLite now,
 * SharePoint later) runs the same expectations. Every test gets a fresh, empty store.
 */
export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract: ${name}`, () => {
    let opened: OpenedStore | undefined;
    const store = (): Store => {
      if (!opened) throw new Error('store not open');
      return opened.store;
    };

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
  });
}
