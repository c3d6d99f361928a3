import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import type { MailNotice } from '../../../src/app/ports/messaging';

/** A request notice: its view is the organisation's request. */
export type RequestNotice = Extract<MailNotice, { kind: 'request' }>;
import { requestKey } from '../../../src/app/use-cases/send-campaign';
import { OutboxMailer } from '../../../src/adapters/mail/outbox-mailer';
import { outboxFileName } from '../../../src/adapters/mail/outbox-file';
import { answer, requestView, NOW, SEED_LETTER, type FixtureOptions } from '../../unit/mail/request-fixture';

const SENDER = { address: 'intake@vgregion.example' };
const MAILBOXES = ['narhalsan@vgregion.example', 'narhalsan.kansli@vgregion.example'];

class SettableClock {
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
}

function notice(
  over: FixtureOptions & Parameters<typeof requestView>[0] = {},
  orgId = 'narhalsan',
): RequestNotice {
  return {
    key: requestKey('projektarbete-2025', orgId, 'email'),
    kind: 'request',
    to: orgId === 'narhalsan' ? MAILBOXES : ['goteborg@vgregion.example'],
    replyTo: 'projektstyrningsmodell@vgregion.example',
    view: requestView({ ...over, orgId }),
  };
}

let root: string;
let dir: string;
let clock: SettableClock;
let mailer: OutboxMailer;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'outbox-'));
  dir = join(root, 'data', 'outbox');
  clock = new SettableClock(NOW);
  mailer = new OutboxMailer({ dir, from: SENDER, clock });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function only(): Promise<{ name: string; raw: string }> {
  const names = await readdir(dir);
  expect(names).toHaveLength(1);
  return { name: names[0]!, raw: await readFile(join(dir, names[0]!), 'utf8') };
}

describe('the outbox mailer', () => {
  it('writes one .eml file that reads, in a mail client, as the complete request', async () => {
    const n = notice();
    const { messageId } = await mailer.send(n);
    const { name, raw } = await only();
    expect(name).toBe('request_projektarbete-2025_narhalsan_email.eml');

    const mail = await PostalMime.parse(raw);
    expect(mail.subject).toBe(
      'Anmälan av kontaktperson för dialog om stöd till och samordning av projektarbete – Närhälsan',
    );
    expect(mail.from).toEqual({
      name: 'Samordningsgrupp projektarbete via contact-intake',
      address: 'intake@vgregion.example',
    });
    expect(mail.to).toEqual(MAILBOXES.map((address) => ({ name: 'Närhälsan', address })));
    expect(mail.replyTo).toEqual([
      { name: 'Samordningsgrupp projektarbete', address: 'projektstyrningsmodell@vgregion.example' },
    ]);
    expect(mail.date).toBe(NOW.toISOString());
    expect(mail.messageId).toBe(messageId);
    expect(mail.headers.find((h) => h.key === 'x-contact-intake-delivery')?.value).toMatch(/^[0-9a-f]{32}$/);
    expect(raw).not.toContain('narhalsan:email');

    for (const part of [mail.text!, mail.html!]) {
      expect(part).toContain('Svara senast onsdag 30 april 2025.');
      expect(part).toContain(n.view.respondUrl);
      expect(part).toContain('högst 1 (frivilligt)');
      expect(part).toContain('Sven Tåpptorp');
    }
    expect(mail.text).toContain('Kontaktperson: 1');
    expect(mail.text).toContain('Representant: 1–2');
    const letter = SEED_LETTER.replace('{{deadline}}', '2025-04-30').replace(/\[([^\]]+)\]\(#\)/g, '$1');
    expect(mail.text).toContain(letter);
    expect(mail.html).toContain('<li style="margin:0 0 4px;">generella utbildningar i projektarbete</li>');
  });

  it('keeps the raw file within the transport rules: CRLF only, short lines, ASCII headers', async () => {
    await mailer.send(
      notice({ answer: answer([{ roleId: 'contact', name: 'Åsa Öberg', email: 'asa@vgregion.example' }]) }),
    );
    const { raw } = await only();
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [head, ...rest] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^MIME-Version: 1\.0$/m);
    expect(head).not.toMatch(/[^\x20-\x7e\r\n]/);
    for (const line of head!.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    for (const line of rest.join('\r\n\r\n').split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(raw).not.toMatch(/[^\t\r\n\x20-\x7e]/);
  });

  it('replaces the file when the same delivery is sent again, with the same Message-ID', async () => {
    const first = await mailer.send(notice());
    clock.current = new Date('2025-04-12T09:00:00Z');
    const again = await mailer.send(
      notice({ answer: answer([{ roleId: 'contact', name: 'Eva Ström', email: 'eva@vgregion.example' }]) }),
    );
    expect(again.messageId).toBe(first.messageId);
    const { raw } = await only();
    const mail = await PostalMime.parse(raw);
    expect(mail.date).toBe('2025-04-12T09:00:00.000Z');
    expect(mail.text).toContain('Kontaktperson: Eva Ström, eva@vgregion.example');
  });

  it('leaves exactly one whole file when two sends of one key race', async () => {
    await Promise.all([mailer.send(notice()), mailer.send(notice()), mailer.send(notice())]);
    const { raw } = await only();
    expect((await PostalMime.parse(raw)).subject).toMatch(/– Närhälsan$/);
  });

  it('writes one file per organisation, each with its own Message-ID', async () => {
    const a = await mailer.send(notice());
    const b = await mailer.send(notice({}, 'goteborg'));
    expect(a.messageId).not.toBe(b.messageId);
    expect((await readdir(dir)).sort()).toEqual([
      'request_projektarbete-2025_goteborg_email.eml',
      'request_projektarbete-2025_narhalsan_email.eml',
    ]);
    const gbg = await PostalMime.parse(
      await readFile(join(dir, 'request_projektarbete-2025_goteborg_email.eml')),
    );
    expect(gbg.to).toEqual([{ name: 'Göteborgsområdet', address: 'goteborg@vgregion.example' }]);
    expect(gbg.text).toContain('Representant: 1–4');
  });

  it('renders an English campaign in English', async () => {
    await mailer.send(notice({ language: 'en', subject: 'Please name a contact person' }));
    const mail = await PostalMime.parse((await only()).raw);
    expect(mail.subject).toBe('Please name a contact person – Närhälsan');
    expect(mail.text).toContain('Please answer by Wednesday 30 April 2025.');
    expect(mail.text).toContain('Contact person: 1');
    expect(mail.html).toMatch(/<html lang="en">/);
    expect(mail.headers.find((h) => h.key === 'content-language')?.value).toBe('en');
  });

  it('escapes hostile names in the HTML part and keeps line breaks in them out of the headers', async () => {
    await mailer.send(
      notice({
        orgName: 'Närhälsan\r\nBcc: spy@attacker.example',
        group: '<script>alert(1)</script>',
        subject: 'Anmälan\nX-Injected: yes',
      }),
    );
    const mail = await PostalMime.parse((await only()).raw);
    const keys = mail.headers.map((h) => h.key);
    expect(keys).not.toContain('bcc');
    expect(keys).not.toContain('x-injected');
    expect(mail.subject).toBe('Anmälan X-Injected: yes – Närhälsan Bcc: spy@attacker.example');
    expect(mail.from).toMatchObject({ name: '<script>alert(1)</script> via contact-intake' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses a recipient that is not a mailbox and writes nothing', async () => {
    await expect(
      mailer.send({ ...notice(), to: ['narhalsan@vgregion.example\r\nBcc: spy@attacker.example'] }),
    ).rejects.toThrow('invalid e-mail address in To');
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  it('refuses a sender address that is not an e-mail address at start-up', () => {
    expect(() => new OutboxMailer({ dir, from: { address: 'intake' }, clock })).toThrow(/sender address/);
  });

  it('leaves no temporary file behind when the final name cannot be written', async () => {
    const name = outboxFileName(notice().key);
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, 'keep'), 'x');
    await expect(mailer.send(notice())).rejects.toThrow();
    expect(await readdir(dir)).toEqual([name]);
  });
});

describe('outbox file names', () => {
  it('are readable and distinct for keys that a naive mapping would merge', () => {
    expect(outboxFileName('request:a-b:c:email')).toBe('request_a-b_c_email.eml');
    const names = [
      'request:a-b:c:email',
      'request:a:b-c:email',
      'request:a::b',
      'request:a:b',
      'REQUEST:a:b',
    ].map(outboxFileName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('never leave the outbox folder or hide themselves', () => {
    for (const key of ['../../etc/passwd', '/abs/path', '.hidden', 'a/../../b', '']) {
      const name = outboxFileName(key);
      expect(name).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.eml$/);
      expect(name).not.toContain('/');
      expect(name).not.toContain('..');
    }
  });
});
