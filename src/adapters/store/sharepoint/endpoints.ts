import type { ChannelEndpoint } from '../../../app/ports/store';
import type { ListClient, ListItem } from './list-items';
import { mergeByKey } from './merge-by-key';
import { dateOf, mustText, opt, textOf, toDateField, type Fields } from './values';

const SELECT = ['ChannelId', 'TeamId', 'TenantId', 'ServiceUrl', 'UpdatedAt'] as const;

/**
 * Teams-kanaler: one item per channel id (unique). Teams repeats the endpoint on every activity: the
 * latest service URL wins, but an activity that does not name the team or tenant does not erase what an
 * earlier one told us — so an update is read, merged and written with If-Match.
 */
export class EndpointLists {
  constructor(private readonly list: ListClient) {}

  async save(e: ChannelEndpoint): Promise<void> {
    const latest: Fields = {
      ...opt('TeamId', e.teamId),
      ...opt('TenantId', e.tenantId),
      ServiceUrl: e.serviceUrl,
      UpdatedAt: toDateField(e.updatedAt),
    };
    await mergeByKey(this.list, {
      keyColumn: 'ChannelId',
      key: e.channelId,
      latest,
      select: SELECT,
      describe: `kanalen "${e.channelId}"`,
    });
  }

  async get(channelId: string): Promise<ChannelEndpoint | undefined> {
    const item = await this.list.findByKey('ChannelId', channelId, SELECT);
    return item ? toEndpoint(item) : undefined;
  }
}

function toEndpoint(item: ListItem): ChannelEndpoint {
  const f = item.fields;
  const updatedAt = dateOf(f, 'UpdatedAt');
  if (!updatedAt) throw new Error('Teams-kanaler: an item without its time');
  return {
    channelId: mustText(f, 'ChannelId'),
    ...opt('teamId', textOf(f, 'TeamId')),
    ...opt('tenantId', textOf(f, 'TenantId')),
    serviceUrl: mustText(f, 'ServiceUrl'),
    updatedAt,
  };
}
