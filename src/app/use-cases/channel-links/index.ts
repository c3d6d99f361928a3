export { readChannelLinks } from './in-force';
export { approverRole, campaignsAsking, linkableOrganisations } from './authority';
export type { ApproverIdentity, ApproverRole } from './authority';
export { requestChannelLink } from './request-link';
export type { AskingChannel, LinkRequestCommand, LinkRequestResult } from './request-link';
export { decideChannelLink } from './decide-link';
export type { LinkDecisionCommand, LinkDecisionResult } from './decide-link';
export { pendingLinksFor } from './pending-links';
