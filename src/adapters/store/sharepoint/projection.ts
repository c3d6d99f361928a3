import type { Nominee } from '../../../domain/answer';
import type { AnswerVersion, Submitter } from '../../../domain/answer-record';
import { findOrganisation, roleName, type Campaign } from '../../../domain/campaign';
import type { Actor } from '../../../app/ports/store';
import type { GraphClient } from '../../graph';
import { answerJson, answerKey, answerState, versionKey, type AnswerState } from './answer-item';
import type { AuditLog } from './audit';
import { writeAll, type ItemWrite } from './item-batch';
import { isStatus, type ListClient, type ListItem } from './list-items';
import { CHANNEL_LABELS, ROW_STATUS } from './lists';
import { line, numberOf, opt, textOf, toDateField, type Fields } from './values';

export interface ProjectionLists {
  answers: ListClient;
  versions: ListClient;
  nominations: ListClient;
}

const ROW_SELECT = ['RowKey', 'Version', 'Status'] as const;

/**
 * Writes what a committed answer version shows outside its Svar item: one Nomineringar row per person
 * (status Aktuell, the previous version's rows set to Ersatt), its Svarshistorik item and its audit
 * entry — all keyed, so writing them again changes nothing — in one `$batch`. Then it records on the Svar
 * item, with If-Match, that this version is projected. A 412 there means someone changed the Svar item
 * meanwhile (another writer's commit or repair, or our own repeated PATCH): the caller reads again.
 *
 * A commit of the next version waits until this one is projected (see AnswerLists), so the history of
 * every version is written before the Svar item moves on, and the rows of a version all exist before
 * anyone marks them replaced: a late write of an older projection can only find its rows there already.
 */
export class AnswerProjection {
  constructor(
    private readonly graph: GraphClient,
    private readonly lists: ProjectionLists,
    private readonly audit: AuditLog,
  ) {}

  async project(state: AnswerState, campaign: Campaign): Promise<AnswerState | undefined> {
    const v = state.current;
    const rows = v.nominees.map((n, i) => rowFields(campaign, v, n, i));
    // When the previous version is projected, its rows are exactly state.rowIds: no query needed.
    const known = state.projected === v.version - 1;
    const existing = known ? [] : await this.rowsOf(v);
    const replaced = known
      ? state.rowIds
      : existing
          .filter((r) => isCurrentRow(r) && numberOf(r.fields, 'Version') !== v.version)
          .map((r) => r.id);
    const present = new Map(
      existing
        .filter((r) => numberOf(r.fields, 'Version') === v.version)
        .map((r) => [textOf(r.fields, 'RowKey'), r.id] as const),
    );
    const toCreate = rows.filter((row) => !present.has(row.RowKey as string));
    const writes: ItemWrite[] = [
      ...toCreate.map((fields): ItemWrite => ({
        list: this.lists.nominations,
        method: 'POST',
        fields,
        alsoDone: [409],
      })),
      ...replaced.map((id): ItemWrite => ({
        list: this.lists.nominations,
        method: 'PATCH',
        id,
        fields: { Status: ROW_STATUS.replaced },
        alsoDone: [404],
      })),
      { list: this.lists.versions, method: 'POST', fields: historyFields(campaign, v), alsoDone: [409] },
      this.audit.write(savedEntry(v), `answer.saved|${versionKey(v)}`),
    ];
    const results = await writeAll(this.graph, writes, 'Nomineringar');
    const ids = new Map<unknown, string>(present);
    toCreate.forEach((row, i) => {
      const made = results[i]?.created;
      if (made) ids.set(row.RowKey, made.id);
    });
    if (ids.size < rows.length) {
      // Some rows were there already (409): an earlier attempt made them; their ids come from a query.
      for (const r of await this.rowsOf(v))
        if (numberOf(r.fields, 'Version') === v.version) ids.set(textOf(r.fields, 'RowKey'), r.id);
    }
    const rowIds = rows.map((row) => ids.get(row.RowKey));
    if (rowIds.some((id) => id === undefined))
      throw new Error(`Nomineringar: rows of ${versionKey(v)} are missing after they were written`);
    try {
      const marked = await this.lists.answers.update(
        state.item.id,
        { ProjectedVersion: v.version, RowIds: JSON.stringify(rowIds) },
        state.item.etag,
      );
      return answerState(marked);
    } catch (err) {
      if (isStatus(err, 412)) return undefined;
      throw err;
    }
  }

  private rowsOf(v: AnswerVersion): Promise<ListItem[]> {
    return this.lists.nominations.query('AnswerKey', answerKey(v.campaignId, v.orgId), ROW_SELECT);
  }
}

function isCurrentRow(row: ListItem): boolean {
  return textOf(row.fields, 'Status') !== ROW_STATUS.replaced;
}

/** One person as the chair reads them in Nomineringar. */
function rowFields(campaign: Campaign, v: AnswerVersion, n: Nominee, position: number): Fields {
  const role = campaign.roles.find((r) => r.id === n.roleId);
  return {
    Title: line(n.name),
    Organisation: line(findOrganisation(campaign, v.orgId)?.name ?? v.orgId),
    Role: line(role ? roleName(role, 'sv') : n.roleId),
    Email: line(n.email),
    ...opt('Phone', n.phone === undefined ? undefined : line(n.phone)),
    ...opt('JobTitle', n.title === undefined ? undefined : line(n.title)),
    SubmittedBy: line(v.submittedBy.name),
    SubmittedAt: toDateField(v.submittedAt),
    Channel: CHANNEL_LABELS[v.channel],
    Version: v.version,
    Status: ROW_STATUS.current,
    Late: v.late,
    CampaignId: v.campaignId,
    OrgId: v.orgId,
    RoleId: n.roleId,
    // 1, 2, … as the organisation listed them.
    Position: position + 1,
    AnswerKey: answerKey(v.campaignId, v.orgId),
    RowKey: `${versionKey(v)}|${position + 1}`,
  };
}

function historyFields(campaign: Campaign, v: AnswerVersion): Fields {
  return {
    Title: line(findOrganisation(campaign, v.orgId)?.name ?? v.orgId),
    VersionKey: versionKey(v),
    AnswerKey: answerKey(v.campaignId, v.orgId),
    CampaignId: v.campaignId,
    OrgId: v.orgId,
    Version: v.version,
    SubmittedBy: line(v.submittedBy.name),
    SubmittedAt: toDateField(v.submittedAt),
    Answer: answerJson(v),
  };
}

function savedEntry(v: AnswerVersion) {
  return {
    at: v.submittedAt,
    actor: actorOf(v.submittedBy),
    action: 'answer.saved',
    campaignId: v.campaignId,
    orgId: v.orgId,
    detail: { version: v.version, channel: v.channel, late: v.late, nominees: v.nominees.length },
  };
}

function actorOf(by: Submitter): Actor {
  return { kind: by.kind === 'teams-user' ? 'teams-user' : 'web', name: by.name, ...opt('id', by.id) };
}
