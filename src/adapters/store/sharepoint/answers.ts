import { randomUUID } from 'node:crypto';
import { sameNominees } from '../../../domain/answer';
import type { AnswerVersion } from '../../../domain/answer-record';
import { findOrganisation, type Campaign } from '../../../domain/campaign';
import { AppError } from '../../../app/errors';
import type { Logger } from '../../../app/ports/logger';
import type { NewAnswer, SaveAnswerOutcome } from '../../../app/ports/store';
import {
  ANSWER_SELECT,
  answerKey,
  answerState,
  commitFields,
  identityFields,
  newVersion,
  versionKey,
  versionOf,
  type AnswerState,
  type SubmissionKey,
} from './answer-item';
import type { CampaignLists } from './campaigns';
import { AnswerContentionError } from './errors';
import { isStatus, type ListItem } from './list-items';
import type { AnswerProjection, ProjectionLists } from './projection';
import { numberOf, textOf } from './values';

/** Rounds of read → decide → write before a save gives up under contention (each lost round is a 412). */
const ROUNDS = 10;

/**
 * Answers. The Svar item of a campaign and organisation is the commit point: `saveAnswer` reads it,
 * decides (duplicate, unchanged, conflict or a new version) and writes it with If-Match — or creates it,
 * keyed by `campaign|org`, so two first answers cannot both be created. A lost race (412, 409) means
 * read again and decide again. Only a projected answer is acknowledged, so every answer reported saved
 * is in Nomineringar; an answer committed but not projected (a failure in between) is projected by the
 * next call for that organisation — a retry of the same submission included — before it decides.
 *
 * Requests: a new version costs 4 (read Svar, write Svar, one `$batch` of rows, history and audit entry,
 * record the projection); a duplicate or unchanged submission 1; the campaign definition comes from memory.
 */
export class AnswerLists {
  /** Svar item ids by `campaign|org`: a GET by id instead of a query. */
  private readonly itemIds = new Map<string, string>();

  constructor(
    private readonly lists: ProjectionLists,
    private readonly campaigns: CampaignLists,
    private readonly projection: AnswerProjection,
    private readonly logger?: Logger,
  ) {}

  async save(a: NewAnswer): Promise<SaveAnswerOutcome> {
    const campaign = await this.campaigns.definition(a.campaignId);
    const org = campaign ? findOrganisation(campaign, a.orgId) : undefined;
    if (!campaign || !org) {
      throw new AppError(
        'organisation_not_found',
        `Organisationen "${a.orgId}" finns inte i kampanjen "${a.campaignId}".`,
      );
    }
    const commitId = randomUUID();
    for (let round = 1; round <= ROUNDS; round++) {
      const read = await this.read(a.campaignId, a.orgId);
      if (read && read.projected < read.current.version) {
        const { version } = read.current;
        this.logger?.info(
          { campaignId: a.campaignId, orgId: a.orgId, version, projected: read.projected },
          'SharePoint store: finishing an answer whose rows were not all written',
        );
      }
      const state = read && (await this.projected(read, read.current.version, campaign));
      // Someone committed after our read; decide on what is there now.
      if (state && state.projected < state.current.version) continue;
      const decided = await this.decide(state, a, commitId);
      if (decided) return decided;
      const next = newVersion(a, (state?.current.version ?? 0) + 1);
      const keys: SubmissionKey[] = [...(state?.keys ?? []), [a.idempotencyKey, next.version, commitId]];
      const committed = state
        ? await this.update(state, next, keys)
        : await this.create(next, keys, org.name, commitId);
      if (!committed) continue;
      await this.projected(committed, next.version, campaign);
      return { kind: 'saved', answer: next };
    }
    throw new AnswerContentionError(a.campaignId, a.orgId, ROUNDS);
  }

  async current(campaignId: string, orgId: string): Promise<AnswerVersion | undefined> {
    return (await this.read(campaignId, orgId))?.current;
  }

  /** One query (a page per 999 organisations), never a request per organisation. */
  async currentAll(campaignId: string): Promise<AnswerVersion[]> {
    const items = await this.lists.answers.query('CampaignId', campaignId, ['Answer']);
    if (items.length === 0) return [];
    const answers = items.map((item) => versionOf(item.fields));
    const order = new Map(
      (await this.campaigns.definition(campaignId))?.organisations.map((o, i) => [o.id, i]),
    );
    const place = (a: AnswerVersion) => order.get(a.orgId) ?? Number.MAX_SAFE_INTEGER;
    return answers.sort((a, b) => place(a) - place(b) || (a.orgId < b.orgId ? -1 : 1));
  }

  async history(campaignId: string, orgId: string): Promise<AnswerVersion[]> {
    const [items, state] = await Promise.all([
      this.lists.versions.query('AnswerKey', answerKey(campaignId, orgId), ['Version', 'Answer']),
      this.read(campaignId, orgId),
    ]);
    const versions = new Map(items.map((item) => [numberOf(item.fields, 'Version'), versionOf(item.fields)]));
    // The current version is in its history item only once projected; the Svar item always has it.
    if (state) versions.set(state.current.version, state.current);
    return [...versions.values()].sort((a, b) => a.version - b.version);
  }

  private async decide(
    state: AnswerState | undefined,
    a: NewAnswer,
    commitId: string,
  ): Promise<SaveAnswerOutcome | undefined> {
    if (!state) return undefined;
    const seen = state.keys.find(([key]) => key === a.idempotencyKey);
    if (seen) {
      const [, version, by] = seen;
      const answer = version === state.current.version ? state.current : await this.version(a, version);
      // Our own commit, applied although its answer was lost (a repeated PATCH then met 412).
      return { kind: by === commitId ? 'saved' : 'duplicate', answer };
    }
    if (sameNominees(state.current.nominees, a.nominees)) return { kind: 'unchanged', answer: state.current };
    if (a.baseVersion !== undefined && a.baseVersion < state.current.version)
      return { kind: 'conflict', current: state.current };
    return undefined;
  }

  /**
   * Finishes a projection left unfinished (by us or another writer) until `version` is projected. Not
   * beyond: chasing the versions other writers keep committing would never end under load.
   */
  private async projected(state: AnswerState, version: number, campaign: Campaign): Promise<AnswerState> {
    let s = state;
    for (let round = 1; round <= ROUNDS; round++) {
      if (s.projected >= version) return s;
      const after = await this.projection.project(s, campaign);
      if (after) return after;
      const again = await this.read(s.current.campaignId, s.current.orgId);
      if (!again)
        throw new Error(`Svar: the item of ${answerKey(s.current.campaignId, s.current.orgId)} vanished`);
      s = again;
    }
    throw new AnswerContentionError(s.current.campaignId, s.current.orgId, ROUNDS);
  }

  private async update(state: AnswerState, next: AnswerVersion, keys: SubmissionKey[]) {
    try {
      return answerState(
        await this.lists.answers.update(state.item.id, commitFields(next, keys), state.item.etag),
      );
    } catch (err) {
      if (isStatus(err, 412)) return undefined;
      throw err;
    }
  }

  private async create(next: AnswerVersion, keys: SubmissionKey[], orgName: string, commitId: string) {
    const key = answerKey(next.campaignId, next.orgId);
    const mine = (item: ListItem) =>
      answerState(item).keys.some(([, version, by]) => version === next.version && by === commitId);
    const { item, created } = await this.lists.answers.createOnce({
      keyColumn: 'AnswerKey',
      key,
      fields: { ...identityFields(next.campaignId, next.orgId, orgName), ...commitFields(next, keys) },
      select: ANSWER_SELECT,
      mine,
    });
    this.itemIds.set(key, item.id);
    return created ? answerState(item) : undefined;
  }

  private async read(campaignId: string, orgId: string): Promise<AnswerState | undefined> {
    const key = answerKey(campaignId, orgId);
    const id = this.itemIds.get(key);
    const byId = id === undefined ? undefined : await this.lists.answers.get(id, ANSWER_SELECT);
    const item =
      byId && textOf(byId.fields, 'AnswerKey') === key
        ? byId
        : await this.lists.answers.findByKey('AnswerKey', key, ANSWER_SELECT);
    if (!item) return undefined;
    this.itemIds.set(key, item.id);
    return answerState(item);
  }

  /** An earlier version, for a retry of its submission: its history item exists (see AnswerProjection). */
  private async version(a: NewAnswer, version: number): Promise<AnswerVersion> {
    const key = versionKey({ ...a, version });
    const item = await this.lists.versions.findByKey('VersionKey', key, ['Answer']);
    if (!item) throw new Error(`Svarshistorik: version ${key} is missing`);
    return versionOf(item.fields);
  }
}
