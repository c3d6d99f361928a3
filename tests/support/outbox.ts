import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime, { type Email } from 'postal-mime';
import { requestKey } from '../../src/app/use-cases/send-campaign';
import { outboxFileName } from '../../src/adapters/mail/outbox-file';

/** The request e-mail an organisation's mailbox got, read from the outbox folder as a mail client would. */
export async function requestEmail(outboxDir: string, campaignId: string, orgId: string): Promise<Email> {
  const file = outboxFileName(requestKey(campaignId, orgId, 'email'));
  if (!(await readdir(outboxDir)).includes(file)) {
    throw new Error(`no request e-mail for ${orgId} in ${outboxDir}`);
  }
  return PostalMime.parse(await readFile(join(outboxDir, file)));
}

/** The first response-page link in a text (an e-mail body, a command's output). */
export function responseLinkIn(text: string): string | undefined {
  return text.match(/https?:\/\/[^\s/<>"]+\/respond\/[A-Za-z0-9._~%-]+/)?.[0];
}

/** The response link as the organisation received it: from the request e-mail in the outbox. */
export async function responseLinkFromEmail(
  outboxDir: string,
  campaignId: string,
  orgId: string,
): Promise<string> {
  const mail = await requestEmail(outboxDir, campaignId, orgId);
  const link = responseLinkIn(mail.text ?? '');
  if (!link) throw new Error(`the request e-mail for ${orgId} has no response link`);
  return link;
}
