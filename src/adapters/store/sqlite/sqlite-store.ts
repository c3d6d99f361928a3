import type { Store } from '../../../app/ports/store';
import { auditQueries } from './audit';
import { answerQueries } from './answers';
import { campaignQueries } from './campaigns';
import { channelLinkQueries } from './channel-links';
import { openDatabase, type ConnectionOptions } from './connection';
import { deliveryQueries } from './deliveries';
import { endpointQueries } from './endpoints';
import { userEndpointQueries } from './user-endpoints';

/**
 * The embedded store: one SQLite file, shared safely by several processes. better-sqlite3 is
 * synchronous, and each method runs to completion (one transaction where it writes) before it
 * returns, so no transaction is ever held open across an await.
 */
export function openSqliteStore(path: string, options: ConnectionOptions = {}): Store {
  const db = openDatabase(path, options);
  const audit = auditQueries(db);
  const campaigns = campaignQueries(db, audit);
  const answers = answerQueries(db, audit);
  const deliveries = deliveryQueries(db);
  const endpoints = endpointQueries(db);
  const users = userEndpointQueries(db);
  const links = channelLinkQueries(db);

  return {
    saveCampaign: async (campaign, at, actor) => campaigns.save(campaign, at, actor),
    getCampaign: async (id) => campaigns.get(id),
    listCampaigns: async () => campaigns.list(),
    openCampaign: async (id, sentAt, deadlineDate, actor) => campaigns.open(id, sentAt, deadlineDate, actor),
    closeCampaign: async (id, at, actor) => campaigns.close(id, at, actor),
    extendDeadline: async (id, until, orgId, actor, at = new Date()) =>
      campaigns.extend(id, until, orgId, actor, at),
    recordReminderSlot: async (campaignId, key, state, at) =>
      campaigns.recordSlot(campaignId, key, state, at),

    saveAnswer: async (answer) => answers.save(answer),
    currentAnswer: async (campaignId, orgId) => answers.current(campaignId, orgId),
    currentAnswers: async (campaignId) => answers.currentAll(campaignId),
    answerHistory: async (campaignId, orgId) => answers.history(campaignId, orgId),

    claimDelivery: async (spec, at, leaseMs) => deliveries.claim(spec, at, leaseMs),
    finishDelivery: async (key, outcome, at) => deliveries.finish(key, outcome, at),
    getDelivery: async (key) => deliveries.get(key),
    deliveries: async (campaignId) => deliveries.ofCampaign(campaignId),

    saveChannelEndpoint: async (endpoint) => endpoints.save(endpoint),
    channelEndpoint: async (channelId) => endpoints.get(channelId),
    saveUserEndpoint: async (endpoint) => users.save(endpoint),
    userEndpoint: async (aadObjectId) => users.get(aadObjectId),

    requestChannelLink: async (request) => links.request(request),
    channelLink: async (id) => links.get(id),
    channelLinks: async (state) => links.inState(state),
    decideChannelLink: async (id, decision) => links.decide(id, decision),

    audit: async (entry) => audit.append(entry),
    auditTrail: async (campaignId) => audit.trail(campaignId),

    close: async () => {
      if (db.open) db.close();
    },
  };
}
