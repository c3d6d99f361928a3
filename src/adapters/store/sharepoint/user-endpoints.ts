import type { UserEndpoint } from '../../../app/ports/store';
import type { ListClient, ListItem } from './list-items';
import { mergeByKey } from './merge-by-key';
import { dateOf, mustText, opt, textOf, toDateField, type Fields } from './values';

const SELECT = ['AadObjectId', 'ConversationId', 'ServiceUrl', 'TenantId', 'Email', 'UpdatedAt'] as const;

/**
 * Teams-användare: one item per person (Entra object id, unique), the personal chat the bot answers in.
 * Like a channel endpoint, the latest conversation and service URL win, while a save that does not name
 * the tenant or the e-mail keeps what an earlier one told us: read, merged and written with If-Match.
 */
export class UserEndpointLists {
  constructor(private readonly list: ListClient) {}

  async save(e: UserEndpoint): Promise<void> {
    const latest: Fields = {
      ConversationId: e.conversationId,
      ServiceUrl: e.serviceUrl,
      ...opt('TenantId', e.tenantId),
      ...opt('Email', e.email),
      UpdatedAt: toDateField(e.updatedAt),
    };
    await mergeByKey(this.list, {
      keyColumn: 'AadObjectId',
      key: e.aadObjectId,
      latest,
      select: SELECT,
      describe: `Teams-användaren "${e.aadObjectId}"`,
    });
  }

  async get(aadObjectId: string): Promise<UserEndpoint | undefined> {
    const item = await this.list.findByKey('AadObjectId', aadObjectId, SELECT);
    return item ? toEndpoint(item) : undefined;
  }
}

function toEndpoint(item: ListItem): UserEndpoint {
  const f = item.fields;
  const updatedAt = dateOf(f, 'UpdatedAt');
  if (!updatedAt) throw new Error('Teams-användare: an item without its time');
  return {
    aadObjectId: mustText(f, 'AadObjectId'),
    conversationId: mustText(f, 'ConversationId'),
    serviceUrl: mustText(f, 'ServiceUrl'),
    ...opt('tenantId', textOf(f, 'TenantId')),
    ...opt('email', textOf(f, 'Email')),
    updatedAt,
  };
}
