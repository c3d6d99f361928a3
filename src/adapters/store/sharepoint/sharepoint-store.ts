import type { Logger } from '../../../app/ports/logger';
import type { Store } from '../../../app/ports/store';
import type { GraphClient } from '../../graph';
import { AnswerLists } from './answers';
import { AuditLog } from './audit';
import { CampaignLists } from './campaigns';
import { ChannelLinkLists } from './channel-links';
import { DeliveryLists } from './deliveries';
import { EndpointLists } from './endpoints';
import { ListClient } from './list-items';
import { AnswerProjection } from './projection';
import type { ListKey } from './schema';
import { SiteLists } from './site-lists';
import { UserEndpointLists } from './user-endpoints';

export interface SharePointStoreOptions {
  /** The service's one Graph client (shared with the Graph mailer); the store does not close it. */
  graph: GraphClient;
  /** SHAREPOINT_SITE_ID: the Graph site id (`host,site-guid,web-guid`). */
  siteId: string;
  /** Told when the store finishes work another call left half-done (ids and versions only). */
  logger?: Logger;
}

/**
 * The store on a SharePoint site, over Microsoft Graph, in the lists `contact-intake sharepoint provision`
 * creates (see lists.ts and docs/architecture.md, "SharePoint lists"). Several processes may use the same
 * site at once: every write that decides on what it read carries If-Match, every create a unique key.
 * What never changes — list ids, campaign definitions, item ids — is kept in memory.
 */
export function openSharePointStore(opts: SharePointStoreOptions): Store {
  const site = new SiteLists(opts.graph, opts.siteId);
  const list = (key: ListKey) => new ListClient(opts.graph, site, key);
  const audit = new AuditLog(list('auditTrail'));
  const campaigns = new CampaignLists(opts.graph, list('campaigns'), list('campaignOrganisations'), audit);
  const answerLists = {
    answers: list('answers'),
    versions: list('answerVersions'),
    nominations: list('nominations'),
  };
  const answers = new AnswerLists(
    answerLists,
    campaigns,
    new AnswerProjection(opts.graph, answerLists, audit),
    opts.logger,
  );
  const deliveries = new DeliveryLists(list('deliveries'), campaigns);
  const endpoints = new EndpointLists(list('channelEndpoints'));
  const users = new UserEndpointLists(list('userEndpoints'));
  const links = new ChannelLinkLists(list('channelLinks'));

  return {
    saveCampaign: (campaign, at, actor) => campaigns.save(campaign, at, actor),
    getCampaign: (id) => campaigns.get(id),
    listCampaigns: () => campaigns.list(),
    openCampaign: (id, sentAt, deadlineDate, actor) => campaigns.open(id, sentAt, deadlineDate, actor),
    closeCampaign: (id, at, actor) => campaigns.close(id, at, actor),
    extendDeadline: (id, until, orgId, actor, at = new Date()) =>
      campaigns.extend(id, until, orgId, actor, at),
    recordReminderSlot: (campaignId, key, state, at) => campaigns.recordSlot(campaignId, key, state, at),

    saveAnswer: (answer) => answers.save(answer),
    currentAnswer: (campaignId, orgId) => answers.current(campaignId, orgId),
    currentAnswers: (campaignId) => answers.currentAll(campaignId),
    answerHistory: (campaignId, orgId) => answers.history(campaignId, orgId),

    claimDelivery: (spec, at, leaseMs) => deliveries.claim(spec, at, leaseMs),
    finishDelivery: (key, outcome, at) => deliveries.finish(key, outcome, at),
    getDelivery: (key) => deliveries.get(key),
    deliveries: (campaignId) => deliveries.ofCampaign(campaignId),

    saveChannelEndpoint: (endpoint) => endpoints.save(endpoint),
    channelEndpoint: (channelId) => endpoints.get(channelId),
    saveUserEndpoint: (endpoint) => users.save(endpoint),
    userEndpoint: (aadObjectId) => users.get(aadObjectId),

    requestChannelLink: (request) => links.request(request),
    channelLink: (id) => links.get(id),
    channelLinks: (state) => links.inState(state),
    decideChannelLink: (id, decision) => links.decide(id, decision),

    audit: (entry) => audit.append(entry),
    auditTrail: (campaignId) => audit.trail(campaignId),

    close: async () => {},
  };
}
