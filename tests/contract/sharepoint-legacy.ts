import { createHash } from 'node:crypto';
import type { GraphClient } from '../../src/adapters/graph';
import { canonicalJson } from '../../src/adapters/store/canonical-json';
import { campaignFields, organisationWrites } from '../../src/adapters/store/sharepoint/campaign-items';
import { ListClient } from '../../src/adapters/store/sharepoint/list-items';
import { CAMPAIGN_STATES, LIST_ORDER, LISTS } from '../../src/adapters/store/sharepoint/lists';
import { nameTitleColumn, type ExistingColumn } from '../../src/adapters/store/sharepoint/provision-columns';
import { columnDefinition, type ListKey } from '../../src/adapters/store/sharepoint/schema';
import { listsOfSite, SiteLists } from '../../src/adapters/store/sharepoint/site-lists';
import { toDateField } from '../../src/adapters/store/sharepoint/values';
import type { Campaign } from '../../src/domain/campaign';
import type { LegacyCampaign } from './store-contract';

/** What the build before reminders did not have: two columns of Insamlingar and one list. */
export const NEW_COLUMNS = ['OrgDeadlines', 'ReminderSlots'];
export const NEW_LISTS = ['userEndpoints'];

/** The lists as `sharepoint provision` of the build before reminders made them. */
export async function provisionPreviousVersion(graph: GraphClient, siteId: string): Promise<void> {
  for (const key of LIST_ORDER.filter((k) => !NEW_LISTS.includes(k))) {
    const spec = LISTS[key];
    const made = (await graph.client.api(`/sites/${siteId}/lists`).post({
      displayName: spec.displayName,
      description: spec.description,
      list: { template: 'genericList' },
      columns: spec.columns.filter((c) => !NEW_COLUMNS.includes(c.name)).map(columnDefinition),
    })) as { id: string };
    const listPath = `/sites/${siteId}/lists/${made.id}`;
    await nameTitleColumn(
      graph,
      listPath,
      spec,
      await graph.getAllPages<ExistingColumn>(`${listPath}/columns`),
    );
  }
}

/**
 * Items as the build before reminders wrote them for an opened campaign: none of the new columns set,
 * and the definition, without a reminder policy, hashed as it was stored. Written by plain POSTs, since
 * the store refuses a site the previous build provisioned.
 */
export async function writeLegacyItems(graph: GraphClient, siteId: string, c: LegacyCampaign): Promise<void> {
  const lists = await listsOfSite(graph, siteId);
  const itemsOf = (key: ListKey) =>
    `/sites/${siteId}/lists/${lists.get(LISTS[key].displayName.toLowerCase())!.id}/items`;
  const definition = c.definition as Campaign;
  const hash = createHash('sha256').update(canonicalJson(definition)).digest('hex');
  // The ListClient only labels each write; nothing is sent through it.
  const unused = new ListClient(graph, new SiteLists(graph, siteId), 'campaignOrganisations');
  for (const write of organisationWrites(unused, definition, hash))
    await graph.client.api(itemsOf('campaignOrganisations')).post({ fields: write.fields });
  const fields = campaignFields(definition, c.createdAt, hash, 'legacy-creation');
  await graph.client.api(itemsOf('campaigns')).post({
    fields: {
      ...fields,
      State: CAMPAIGN_STATES.open,
      SentAt: toDateField(c.sentAt),
      DeadlineDate: c.deadlineDate,
    },
  });
}
