import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMAIN_TEXTS, isDomainCode } from '../../../src/adapters/campaign-file/texts';

const DOMAIN = path.join(__dirname, '..', '..', '..', 'src', 'domain');

/** Every problem code the domain can put on a campaign file or register: schema messages and recipient checks. */
function domainCodes(): string[] {
  const codes = new Set<string>();
  for (const name of readdirSync(DOMAIN).filter((n) => n.endsWith('.ts'))) {
    const source = readFileSync(path.join(DOMAIN, name), 'utf8');
    for (const m of source.matchAll(/(?:error|message):\s*'([a-z_]+)'/g)) codes.add(m[1]!);
    const union = name === 'recipients.ts' ? /\bcode:([^;]+);/.exec(source)?.[1] : undefined;
    for (const m of union?.matchAll(/'([a-z_]+)'/g) ?? []) codes.add(m[1]!);
  }
  return [...codes].sort();
}

describe('problem texts', () => {
  const codes = domainCodes();

  it('finds the codes the domain uses (the scan itself works)', () => {
    expect(codes).toEqual(
      expect.arrayContaining(['id_format', 'deadline_xor_window', 'org_unknown', 'channel_shared']),
    );
  });

  it.each(codes)('has a Swedish and an English sentence for %s', (code) => {
    expect(isDomainCode(code)).toBe(true);
    if (!isDomainCode(code)) return;
    const params = {
      value: 'x',
      id: 'narhalsan',
      other: 'folktandvarden',
      placeholder: '{{x}}',
      min: 2,
      max: 1,
    };
    const sv = DOMAIN_TEXTS[code].sv(params);
    const en = DOMAIN_TEXTS[code].en(params);
    expect(sv).toMatch(/^\S.{20,}\.$/);
    expect(en).toMatch(/^\S.{20,}\.$/);
    expect(sv).not.toBe(en);
    expect(sv).not.toContain('undefined');
    expect(en).not.toContain('undefined');
  });
});
