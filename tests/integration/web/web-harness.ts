import { responseLinkFromEmail } from '../../support/outbox';
import { startTestApp, type TestApp } from '../../support/test-app';
import type { LatePolicy } from '../../../src/domain/campaign-file';
import { testCampaign } from './fixture-campaign';

export interface WebHarness extends Pick<TestApp, 'url' | 'ctx' | 'clock' | 'store' | 'signer' | 'logs'> {
  /** The response link as the organisation received it: read from the request e-mail in the outbox. */
  linkFromEmail(orgId: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The service as it runs (tests/support/test-app.ts), with the response page's campaign created and
 * sent, so each organisation's request e-mail is in the outbox.
 */
export async function startWebHarness(latePolicy: LatePolicy = 'accept'): Promise<WebHarness> {
  const campaign = testCampaign(latePolicy);
  const app = await startTestApp({ campaign });
  return {
    ...app,
    linkFromEmail: (orgId) => responseLinkFromEmail(app.outboxDir, campaign.id, orgId),
    close: app.stop,
  };
}
