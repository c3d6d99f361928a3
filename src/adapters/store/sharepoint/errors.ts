/** Errors of the SharePoint store that an operator or a caller must be able to tell apart. */

/** The site lacks lists the store needs: provisioning has not run (or a list was renamed or deleted). */
export class SharePointListsMissingError extends Error {
  override readonly name = 'SharePointListsMissingError';
  constructor(readonly missing: string[]) {
    super(
      `SharePoint-webbplatsen saknar listorna ${missing.map((m) => `"${m}"`).join(', ')}. ` +
        'Kör "contact-intake sharepoint provision" (samma STORE och SHAREPOINT_SITE_ID) och försök igen.',
    );
  }
}

/**
 * Another writer kept committing an answer for the same organisation between our read and our write
 * (412 on every round). Nothing of ours was stored; submitting again is safe.
 */
export class AnswerContentionError extends Error {
  override readonly name = 'AnswerContentionError';
  constructor(
    readonly campaignId: string,
    readonly orgId: string,
    readonly rounds: number,
  ) {
    super(
      `Svaret för ${orgId} i ${campaignId} kunde inte sparas: andra svar för samma organisation sparades ` +
        `samtidigt ${rounds} gånger i rad. Inget sparades av detta anrop; skicka igen.`,
    );
  }
}

/** Another writer kept changing the same item (a delivery, a campaign, a channel) between read and write. */
export class ItemContentionError extends Error {
  override readonly name = 'ItemContentionError';
  constructor(what: string, rounds: number) {
    super(`SharePoint: ${what} ändrades av någon annan ${rounds} gånger i rad; försök igen.`);
  }
}

/** Writes inside a `$batch` failed with statuses the store cannot accept (after the client's own retries). */
export class BatchWriteError extends Error {
  override readonly name = 'BatchWriteError';
  constructor(
    readonly what: string,
    readonly statuses: number[],
  ) {
    super(
      `SharePoint $batch (${what}): ${statuses.length} skrivning(ar) misslyckades (${statuses.join(', ')})`,
    );
  }
}

/** A campaign's organisations in SharePoint do not add up to the definition saved with it. */
export class CampaignDefinitionError extends Error {
  override readonly name = 'CampaignDefinitionError';
  constructor(campaignId: string) {
    super(
      `Insamlingen "${campaignId}" i SharePoint stämmer inte med sina rader i "Insamlingens organisationer" ` +
        '(saknas eller har ändrats för hand).',
    );
  }
}
