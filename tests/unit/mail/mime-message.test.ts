import PostalMime from 'postal-mime';
import { buildMimeMessage, type MimeMessageInput } from '../../../src/adapters/mail/mime/build-message';
import { messageIdFor } from '../../../src/adapters/mail/mime/message-id';

const DATE = new Date('2025-04-10T12:32:05Z');

function message(over: Partial<MimeMessageInput> = {}): MimeMessageInput {
  return {
    from: { address: 'intake@vgregion.example', name: 'Samordningsgrupp projektarbete via contact-intake' },
    to: [{ address: 'narhalsan@vgregion.example', name: 'Närhälsan' }],
    replyTo: { address: 'projektstyrningsmodell@vgregion.example', name: 'Samordningsgrupp projektarbete' },
    subject: 'Anmälan av kontaktperson – Närhälsan',
    text: 'Hej!\nSvara senast onsdag 30 april 2025.\n',
    html: '<!DOCTYPE html><html lang="sv"><body><p>Hej!</p></body></html>\n',
    date: DATE,
    messageId: messageIdFor('request:projektarbete-2025:narhalsan:email', 'intake@vgregion.example'),
    language: 'sv',
    ...over,
  };
}

/** postal-mime keeps the line break that RFC 2046 counts as part of the next boundary. */
function body(part: string | undefined): string | undefined {
  return part?.replace(/\n$/, '');
}

function headerSection(raw: string): string {
  return raw.slice(0, raw.indexOf('\r\n\r\n'));
}

/** The transport rules a relay would enforce: CRLF only, 78 per header line, 76 per body line. */
function expectWellFormed(raw: string): void {
  expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const [head, ...body] = raw.split('\r\n\r\n');
  for (const line of head!.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  for (const line of body.join('\r\n\r\n').split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  for (const word of head!.match(/=\?[^?]+\?[QB]\?[^?]*\?=/g) ?? [])
    expect(word.length).toBeLessThanOrEqual(75);
}

describe('the MIME message', () => {
  it('decodes to the same subject, names and parts a recipient would see', async () => {
    const raw = buildMimeMessage(message());
    const mail = await PostalMime.parse(raw);
    expect(mail.subject).toBe('Anmälan av kontaktperson – Närhälsan');
    expect(mail.from).toEqual({
      name: 'Samordningsgrupp projektarbete via contact-intake',
      address: 'intake@vgregion.example',
    });
    expect(mail.to).toEqual([{ name: 'Närhälsan', address: 'narhalsan@vgregion.example' }]);
    expect(mail.replyTo).toEqual([
      { name: 'Samordningsgrupp projektarbete', address: 'projektstyrningsmodell@vgregion.example' },
    ]);
    expect(mail.text).toContain('Svara senast onsdag 30 april 2025.');
    expect(mail.html).toContain('<p>Hej!</p>');
    expect(mail.date).toBe(DATE.toISOString());
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@vgregion\.example>$/);
    expect(raw).toMatch(/^MIME-Version: 1\.0\r\n/m);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative; boundary="=_ci_[0-9a-f]+"\r\n/m);
    expect(raw).toContain('Content-Language: sv\r\n');
    expect(raw.indexOf('Content-Type: text/plain')).toBeLessThan(raw.indexOf('Content-Type: text/html'));
    expectWellFormed(raw);
  });

  it('folds long Swedish subjects and names into short lines that decode back intact', async () => {
    const subject =
      'Åtgärd: ' + 'Anmälan av kontaktperson för dialog om stöd till samordning, här i år. '.repeat(4);
    const name = 'Västra Götalandsregionens förvaltning för kultur, utveckling och ärenden i övrigt';
    const raw = buildMimeMessage(
      message({
        subject,
        to: [
          { address: 'a@vgregion.example', name },
          { address: 'b@vgregion.example', name },
        ],
      }),
    );
    expectWellFormed(raw);
    const mail = await PostalMime.parse(raw);
    expect(mail.subject).toBe(subject.trim());
    expect(mail.to).toEqual([
      { name, address: 'a@vgregion.example' },
      { name, address: 'b@vgregion.example' },
    ]);
    expect(headerSection(raw)).not.toMatch(/[^\x20-\x7e\r\n]/);
  });

  it('keeps ASCII names with commas and quotes as one name', async () => {
    const mail = await PostalMime.parse(
      buildMimeMessage(message({ to: [{ address: 'x@vgregion.example', name: 'Berg, Anna "AB"' }] })),
    );
    expect(mail.to).toEqual([{ name: 'Berg, Anna "AB"', address: 'x@vgregion.example' }]);
  });

  it('cannot be given extra headers through line breaks in the subject or a name', async () => {
    const raw = buildMimeMessage(
      message({
        subject: 'Hej\r\nBcc: spy@attacker.example\r\n\r\nbody',
        from: { address: 'intake@vgregion.example', name: 'Grupp\nX-Injected: yes' },
        to: [{ address: 'narhalsan@vgregion.example', name: 'Närhälsan\r\nCc: spy@attacker.example' }],
      }),
    );
    const mail = await PostalMime.parse(raw);
    const keys = mail.headers.map((h) => h.key);
    expect(keys).not.toContain('bcc');
    expect(keys).not.toContain('cc');
    expect(keys).not.toContain('x-injected');
    expect(keys.filter((k) => k === 'subject')).toHaveLength(1);
    expect(mail.subject).toBe('Hej Bcc: spy@attacker.example body');
    expect(mail.to).toEqual([
      { name: 'Närhälsan Cc: spy@attacker.example', address: 'narhalsan@vgregion.example' },
    ]);
    expectWellFormed(raw);
  });

  it('shows no control characters from a subject or name, even encoded', async () => {
    const mail = await PostalMime.parse(
      buildMimeMessage(
        message({
          subject: 'Hej\u0000\u001b[31m då\u2028nu',
          to: [{ address: 'x@vgregion.example', name: 'Åsa\u0007\u0085Berg' }],
        }),
      ),
    );
    expect(mail.subject).toBe('Hej [31m då nu');
    expect(mail.to).toEqual([{ name: 'Åsa Berg', address: 'x@vgregion.example' }]);
  });

  it('refuses addresses that are not plain mailboxes, without naming them in the error', () => {
    for (const address of [
      'narhalsan@vgregion.example\r\nBcc: spy@attacker.example',
      'narhalsan@vgregion.example>, spy@attacker.example',
      'Närhälsan <narhalsan@vgregion.example>',
      'no-at-sign',
    ]) {
      expect(() => buildMimeMessage(message({ to: [{ address }] }))).toThrow(
        /^invalid e-mail address in To$/,
      );
    }
    expect(() => buildMimeMessage(message({ replyTo: { address: 'x\n@y.example' } }))).toThrow(/Reply-To/);
    expect(() => buildMimeMessage(message({ to: [] }))).toThrow(/no address in To/);
  });

  it('carries bodies exactly: trailing blanks, "=" signs, leading dots and very long lines', async () => {
    const boundary = /boundary="([^"]+)"/.exec(buildMimeMessage(message()))![1]!;
    const text = [
      'rad med blanksteg på slutet   ',
      '.punkt först',
      'a=b och =?UTF-8?Q?inte_ett_ord?= och',
      `--${boundary}`,
      'lång '.repeat(40) + 'åäö'.repeat(30),
      '\tflik',
      '',
    ].join('\n');
    const raw = buildMimeMessage(message({ text, html: `<p>${'x'.repeat(300)}</p>\n--${boundary}--` }));
    expectWellFormed(raw);
    // The body may mention the boundary; only the three real delimiters may start a line with it.
    expect(raw.split('\r\n').filter((l) => l.startsWith(`--${boundary}`))).toHaveLength(3);
    expect(raw).not.toMatch(/^\./m);
    const mail = await PostalMime.parse(raw);
    expect(body(mail.text)).toBe(text);
    expect(body(mail.html)).toBe(`<p>${'x'.repeat(300)}</p>\n--${boundary}--`);
  });

  it('uses the same Message-ID for the same delivery key and another for another key', () => {
    const a = messageIdFor('request:projektarbete-2025:narhalsan:email', 'intake@vgregion.example');
    expect(messageIdFor('request:projektarbete-2025:narhalsan:email', 'intake@vgregion.example')).toBe(a);
    expect(messageIdFor('request:projektarbete-2025:goteborg:email', 'intake@vgregion.example')).not.toBe(a);
    expect(a).not.toContain('narhalsan');
  });
});
