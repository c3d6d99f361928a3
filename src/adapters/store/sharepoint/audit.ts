import { randomUUID } from 'node:crypto';
import type { Actor, AuditEntry } from '../../../app/ports/store';
import type { ItemWrite } from './item-batch';
import type { ListClient } from './list-items';
import { line, noteJson, opt, parseJson, toDateField, type Fields } from './values';

interface StoredEntry {
  at: string;
  actor: Actor;
  action: string;
  campaignId?: string;
  orgId?: string;
  detail?: Record<string, unknown>;
}

/**
 * Händelselogg: one item per entry. An entry the store writes for its own change has a key derived from
 * that change (`answer.saved|<campaign>|<org>|<version>`), so writing it again — a repair, a retry — adds
 * nothing; other entries get a random key. Order: time, then SharePoint's item id (increasing), which
 * keeps entries of the same instant in the order they were written.
 */
export class AuditLog {
  constructor(private readonly list: ListClient) {}

  async append(entry: AuditEntry, key: string = randomUUID()): Promise<void> {
    await this.list.createOnce({
      keyColumn: 'EntryKey',
      key,
      fields: auditFields(entry, key),
      select: ['EntryKey'],
    });
  }

  /** The same entry as one write of a batch. */
  write(entry: AuditEntry, key: string): ItemWrite {
    return { list: this.list, method: 'POST', fields: auditFields(entry, key), alsoDone: [409] };
  }

  async trail(campaignId: string): Promise<AuditEntry[]> {
    const items = await this.list.query('CampaignId', campaignId, ['Entry']);
    return items
      .map((item) => ({ seq: Number(item.id), entry: toEntry(parseJson<StoredEntry>(item.fields, 'Entry')) }))
      .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.seq - b.seq)
      .map((e) => e.entry);
  }
}

function auditFields(entry: AuditEntry, key: string): Fields {
  const stored: StoredEntry = {
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    ...opt('campaignId', entry.campaignId),
    ...opt('orgId', entry.orgId),
    ...opt('detail', entry.detail),
  };
  return {
    Title: line(entry.action),
    EntryKey: key,
    ...opt('CampaignId', entry.campaignId),
    ...opt('OrgId', entry.orgId),
    At: toDateField(entry.at),
    Actor: line(actorText(entry.actor)),
    Entry: noteJson(stored, 'Händelsen'),
  };
}

function actorText(actor: Actor): string {
  const who = actor.name ?? actor.id;
  return who ? `${who} (${actor.kind})` : actor.kind;
}

function toEntry(stored: StoredEntry | undefined): AuditEntry {
  if (!stored) throw new Error('Händelselogg item without its entry');
  return {
    at: new Date(stored.at),
    actor: stored.actor,
    action: stored.action,
    ...opt('campaignId', stored.campaignId),
    ...opt('orgId', stored.orgId),
    ...opt('detail', stored.detail),
  };
}
