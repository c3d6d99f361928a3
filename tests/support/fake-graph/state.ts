import { createHash, randomUUID } from 'node:crypto';
import type { ColumnType, SentMessage, StoredMessage } from './types';

/** What the fake tenant holds: one site with its lists, and the mailboxes that may send. */

export interface ColumnState {
  id: string;
  name: string;
  displayName: string;
  description: string;
  type: ColumnType;
  /** The type facet as Graph shows it, e.g. text: {allowMultipleLines, maxLength}. */
  facet: Record<string, unknown>;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Columns every genericList has (Title, ID, Created…), not added by the caller. */
  builtIn: boolean;
}

export interface ItemState {
  id: number;
  /** SharePoint's UniqueId: the first half of the eTag, stable over versions. */
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  created: string;
  modified: string;
}

export interface ListState {
  id: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  columns: ColumnState[];
  items: ItemState[];
  nextItemId: number;
}

export interface SiteState {
  id: string;
  name: string;
  displayName: string;
  webUrl: string;
  created: string;
  lists: ListState[];
}

export interface MailboxState {
  id: string;
  upn: string;
  /** Every message accepted by sendMail, as posted. */
  posted: SentMessage[];
  /** Sent Items, oldest first. */
  sentItems: StoredMessage[];
}

export const DEFAULT_SITE_ID =
  'contoso.sharepoint.example,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';

export class FakeState {
  readonly site: SiteState;
  readonly mailboxes: MailboxState[];

  constructor(siteId: string, mailboxes: string[], now: Date) {
    const host = siteId.split(',')[0] ?? 'contoso.sharepoint.example';
    this.site = {
      id: siteId,
      name: 'intake',
      displayName: 'Contact intake',
      webUrl: `https://${host}/sites/intake`,
      created: isoSeconds(now),
      lists: [],
    };
    this.mailboxes = mailboxes.map((upn) => ({ id: userIdOf(upn), upn, posted: [], sentItems: [] }));
  }

  findSite(key: string): SiteState | undefined {
    const k = key.toLowerCase();
    return k === this.site.id.toLowerCase() || k === this.site.name.toLowerCase() ? this.site : undefined;
  }

  /** Graph addresses a list by id or by title; the name (URL segment) is accepted too. */
  findList(site: SiteState, key: string): ListState | undefined {
    const k = key.toLowerCase();
    return (
      site.lists.find((l) => l.id.toLowerCase() === k) ??
      site.lists.find((l) => l.displayName.toLowerCase() === k) ??
      site.lists.find((l) => l.name.toLowerCase() === k)
    );
  }

  /** A user by object id or user principal name. */
  findMailbox(key: string): MailboxState | undefined {
    const k = key.toLowerCase();
    return this.mailboxes.find((m) => m.id === k || m.upn.toLowerCase() === k);
  }
}

/** A stable object id per UPN, so a user can be addressed by id as well. */
function userIdOf(upn: string): string {
  const h = createHash('sha256').update(upn.toLowerCase()).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function newGuid(): string {
  return randomUUID();
}

/** SharePoint keeps date-times to the second, in UTC. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The URL name SharePoint derives from a list title: characters a URL segment cannot carry are
 * dropped, as are spaces; a clash gets a number. (Graph's docs do not say; this is our choice.)
 */
export function listNameFor(site: SiteState, displayName: string): string {
  const base = displayName.replace(/[\s~"#%&*:<>?/\\{|}.]+/g, '') || 'List';
  let name = base;
  for (let n = 1; site.lists.some((l) => l.name.toLowerCase() === name.toLowerCase()); n++)
    name = `${base}${n}`;
  return name;
}
