import { parseInline, parseLetter } from '../../../src/app/views/letter';
import type { LetterBlock as Block } from '../../../src/app/views/letter';
import { SEED_LETTER } from '../mail/request-fixture';

function plain(block: Block): string[] {
  if (block.kind === 'paragraph') return block.lines.map((l) => l.map((i) => i.text).join(''));
  if (block.kind === 'list')
    return block.items.map((it) => it.map((l) => l.map((i) => i.text).join('')).join(' / '));
  return [];
}

describe('the chair’s letter as blocks', () => {
  it('keeps every paragraph of the seed letter and turns its "- " lines into one list of four items', () => {
    const blocks = parseLetter(SEED_LETTER);
    expect(blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
    ]);
    expect(plain(blocks[4]!)).toEqual([
      'VGR:s modell för projektstyrning, Projektilen',
      'VGR:s stödsystem till projektarbete, VGR projekthantering',
      'generella utbildningar i projektarbete',
      'information om projektarbete på Insidan, Projekt',
    ]);
  });

  it('reads [text](#) placeholders as plain words, never as links', () => {
    const line = parseInline('modell, [Projektilen](#) och [Insidan](intranet/page)');
    expect(line).toEqual([
      { kind: 'text', text: 'modell, ' },
      { kind: 'text', text: 'Projektilen' },
      { kind: 'text', text: ' och ' },
      { kind: 'text', text: 'Insidan' },
    ]);
  });

  it('keeps links a reader can follow and refuses script and data targets', () => {
    expect(parseInline('Se [sidan](https://www.vgregion.example/projekt).')).toEqual([
      { kind: 'text', text: 'Se ' },
      { kind: 'link', text: 'sidan', href: 'https://www.vgregion.example/projekt' },
      { kind: 'text', text: '.' },
    ]);
    for (const href of [
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'JAVASCRIPT:x',
      '//evil',
    ]) {
      expect(parseInline(`[klicka](${href})`)).toEqual([{ kind: 'text', text: 'klicka' }]);
    }
  });

  it('starts a list right after its lead-in line and keeps single line breaks inside a paragraph', () => {
    const blocks = parseLetter('Arbetet omfattar:\n- det ena\n- det andra\nefter listan\nnästa rad');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(plain(blocks[1]!)).toEqual(['det ena', 'det andra']);
    expect(plain(blocks[2]!)).toEqual(['efter listan', 'nästa rad']);
  });

  it('reads numbered lists as ordered, indented lines as part of the item above, and CRLF like LF', () => {
    const blocks = parseLetter(
      '1. Första steget\r\n   med en fortsättning\r\n2) Andra steget\r\n\r\n\r\nSlut.',
    );
    expect(blocks[0]).toMatchObject({ kind: 'list', ordered: true });
    expect(plain(blocks[0]!)).toEqual(['Första steget / med en fortsättning', 'Andra steget']);
    expect(plain(blocks[1]!)).toEqual(['Slut.']);
  });
});
