import type { Shortfall } from '../../domain/answer';
import type { AnswerVersion } from '../../domain/answer-record';
import { admissionAt, type Admission } from '../../domain/admission';
import {
  deadlineFor,
  findOrganisation,
  roleName,
  type CampaignRecord,
  type Person,
} from '../../domain/campaign';
import type { Lang } from '../i18n/lang';
import { fillMessage } from '../../domain/message';
import { quotasFor } from '../../domain/quota';
import { responseStatus, shortfallsOf, type ResponseStatus } from '../../domain/status';
import type { Links } from '../security/links';

export interface RoleView {
  id: string;
  name: string;
  description?: string;
  min: number;
  max: number;
}

/**
 * Everything a channel needs to show one organisation its request: the letter, the deadline,
 * the roles with this organisation's quotas, and its current answer. Channels render it; they
 * never reach back into the store.
 */
export interface RequestView {
  language: Lang;
  campaign: {
    id: string;
    title: string;
    subject: string;
    message: string;
    requesterGroup: string;
    chair: Person;
    replyTo: string;
    timeZone: string;
  };
  organisation: { id: string; name: string };
  /** This organisation's deadline: the campaign's, or its own when it was given more time. */
  deadlineDate: string;
  admission: Admission;
  roles: RoleView[];
  answer?: AnswerVersion;
  status: ResponseStatus;
  shortfalls: Shortfall[];
  respondUrl: string;
  cardToken: string;
}

export function buildRequestView(
  record: CampaignRecord,
  orgId: string,
  answer: AnswerVersion | undefined,
  now: Date,
  links: Links,
): RequestView {
  const c = record.campaign;
  const org = findOrganisation(c, orgId);
  if (!org) throw new Error(`organisation ${orgId} is not a recipient of campaign ${c.id}`);
  const deadlineDate = deadlineFor(record, orgId);
  if (!deadlineDate) throw new Error(`campaign ${c.id} has not been sent`);
  const quotas = quotasFor(c, orgId);
  const nominees = answer?.nominees ?? [];
  return {
    language: c.language,
    campaign: {
      id: c.id,
      title: c.title,
      subject: c.subject,
      message: fillMessage(c.message, deadlineDate),
      requesterGroup: c.requester.group,
      chair: c.requester.chair,
      replyTo: c.replyTo,
      timeZone: c.timeZone,
    },
    organisation: { id: org.id, name: org.name },
    deadlineDate,
    admission: admissionAt(record, orgId, now),
    roles: quotas.map((q) => ({
      id: q.role.id,
      name: roleName(q.role, c.language),
      ...(q.role.description ? { description: q.role.description } : {}),
      min: q.min,
      max: q.max,
    })),
    ...(answer ? { answer } : {}),
    status: responseStatus(quotas, nominees),
    shortfalls: shortfallsOf(quotas, nominees),
    respondUrl: links.respondUrl(record, orgId),
    cardToken: links.cardToken(c.id, orgId),
  };
}
