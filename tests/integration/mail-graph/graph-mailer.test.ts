import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import PostalMime from 'postal-mime';
import { describeError } from '../../../src/app/use-cases/deliver';
import { escapeHtml } from '../../../src/adapters/html/html';
import { requestCard } from '../../../src/adapters/cards/request-card';
import { composeRequestMail } from '../../../src/adapters/mail/compose/compose-request';
import { OutboxMailer } from '../../../src/adapters/mail/outbox-mailer';
import { keyDigest } from '../../../src/adapters/mail/mime/message-id';
import { NOW, SEED_LETTER } from '../../unit/mail/request-fixture';
import {
  MAILBOXES,
  notice,
  ORIGINATOR,
  REPLY_TO,
  SENDER,
  startMailWorld,
  type MailWorld,
} from './mail-harness';

/**
 * The Graph mailer against the fake Graph over real TLS: what Exchange would receive, compared with what
 * the outbox writes for the same notice.
 */

let world: MailWorld;
afterEach(() => world.fake.stop());

/** What the outbox adapter makes of the same notice, read back as a mail client would. */
async function outboxCopy(n: ReturnType<typeof notice>) {
  const dir = await mkdtemp(join(tmpdir(), 'outbox-compare-'));
  try {
    const outbox = new OutboxMailer({ dir, from: { address: SENDER }, clock: { now: () => NOW } });
    const { messageId } = await outbox.send(n);
    const [file] = await readdir(dir);
    const mail = await PostalMime.parse(await readFile(join(dir, file!), 'utf8'));
    return { messageId, mail };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CARD_SCRIPT = /<script type="application\/adaptivecard\+json">([\s\S]*?)<\/script>\n/;

describe('the Graph mailer', () => {
  it('posts the request from the service mailbox with the outbox’s subject, HTML and Message-ID', async () => {
    world = await startMailWorld();
    const n = notice();
    const { messageId } = await world.mailer().send(n);

    expect(world.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST /users/${SENDER}/sendMail 202`,
    ]);
    const [sent, ...more] = world.fake.sentMail(SENDER);
    expect(more).toEqual([]);
    const outbox = await outboxCopy(n);
    expect(messageId).toBe(outbox.messageId);
    expect(sent).toMatchObject({
      subject: outbox.mail.subject,
      body: { contentType: 'HTML' },
      toRecipients: MAILBOXES.map((address) => ({ emailAddress: { address, name: 'Närhälsan' } })),
      replyTo: [{ emailAddress: { address: REPLY_TO, name: 'Samordningsgrupp projektarbete' } }],
      internetMessageId: outbox.messageId,
      internetMessageHeaders: [{ name: 'x-contact-intake-delivery', value: keyDigest(n.key) }],
    });
    const html = sent!.body!.content!;
    expect(html).toBe(composeRequestMail(n.view).html);
    expect(html.trimEnd()).toBe(outbox.mail.html!.replace(/\r\n/g, '\n').trimEnd());
    expect(html).not.toContain('adaptivecard');
    // The letter and the exact signed link are in the body itself, for shared mailboxes.
    const text = parseHtml(html).textContent.replace(/\s+/g, ' ');
    for (const paragraph of SEED_LETTER.replace('{{deadline}}', '2025-04-30').split('\n\n')) {
      const words = paragraph.replace(/\[([^\]]+)\]\(#\)/g, '$1').replace(/^- /gm, '');
      expect(text).toContain(words.replace(/\s+/g, ' '));
    }
    expect(html).toContain(`href="${escapeHtml(n.view.respondUrl)}"`);
    expect(n.view.respondUrl).toMatch(/^https:\/\/intake\.vgregion\.example\/respond\/v1\./);
    // saveToSentItems: the copy a later look will find.
    expect(world.fake.sentItems(SENDER).map((m) => m.internetMessageId)).toEqual([messageId]);
  });

  it('embeds the request card for Outlook, with the originator, only when one is configured', async () => {
    world = await startMailWorld();
    const n = notice();
    await world.mailer({ outlookOriginatorId: ORIGINATOR }).send(n);
    const html = world.fake.sentMail(SENDER)[0]!.body!.content!;

    const script = CARD_SCRIPT.exec(html);
    expect(script).not.toBeNull();
    expect(html.indexOf(script![0])).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf(script![0])).toBeGreaterThan(html.indexOf('<head>'));
    const card = JSON.parse(script![1]!) as Record<string, unknown> & { originator: string };
    expect(card.originator).toBe(ORIGINATOR);
    const nonce = JSON.stringify(card).match(/"nonce":"([^"]+)"/)![1]!;
    expect(card).toEqual({ ...requestCard(n.view, { nonce }), originator: ORIGINATOR });
    // Everything else is the complete body the shared mailboxes get.
    expect(html.replace(script![0], '')).toBe(composeRequestMail(n.view).html);
  });

  it('keeps the card JSON inside its script element whatever the letter says', async () => {
    world = await startMailWorld();
    const letter =
      'Hej!\u2028Se </script><script>alert(1)</script> och <!-- detta --> samt A&B.\u2029\n\nSvara senast {{deadline}}.';
    const n = notice({ message: letter });
    await world.mailer({ outlookOriginatorId: ORIGINATOR }).send(n);
    const html = world.fake.sentMail(SENDER)[0]!.body!.content!;
    const head = html.slice(0, html.indexOf('</head>'));
    const json = CARD_SCRIPT.exec(head)![1]!;

    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    // An HTML parser sees one script element holding all of the JSON, and the card keeps the words.
    const scripts = parseHtml(html).querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.textContent).toBe(json);
    expect(JSON.stringify(JSON.parse(json))).toContain('Se </script><script>alert(1)</script> och');
  });

  it('refuses a sender that is not an e-mail address', async () => {
    world = await startMailWorld();
    expect(() => world.mailer({ sender: { address: 'intake' } })).toThrow(/sender/);
  });

  it('reports a refused send without an address, subject or body in the error or the log', async () => {
    world = await startMailWorld({ mailboxes: ['other@vgregion.example'] });
    const n = notice();
    const error = await world
      .mailer()
      .send(n)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ status: 404, code: 'ErrorInvalidUser' });
    const reported = `${describeError(error)} ${JSON.stringify(error)} ${String(error)}`;
    for (const secret of [SENDER, ...MAILBOXES, REPLY_TO, 'Närhälsan', 'Anmälan av kontaktperson']) {
      expect(reported).not.toContain(secret);
    }
    expect(reported).not.toContain('@');
    expect(world.logs.join('')).not.toContain('@');
    expect(world.fake.sentMail('other@vgregion.example')).toEqual([]);
  });
});
