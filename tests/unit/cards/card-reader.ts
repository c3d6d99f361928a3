/** Reading an expanded Adaptive Card the way a person (or a Teams client) would. */

export type Card = Record<string, unknown>;
type Node = Record<string, unknown>;

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Node);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

export function elements(card: unknown, type: string): Node[] {
  const found: Node[] = [];
  walk(card, (n) => {
    if (n.type === type) found.push(n);
  });
  return found;
}

/** Every text a person would read on the card, one per line. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  walk(card, (n) => {
    if ((n.type === 'TextBlock' || n.type === 'TextRun') && typeof n.text === 'string') texts.push(n.text);
    if (typeof n.title === 'string') texts.push(n.title);
    if (typeof n.value === 'string' && n.type === undefined) texts.push(n.value); // facts
  });
  return texts.join('\n');
}

export function inputValues(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of elements(card, 'Input.Text')) values[String(input.id)] = String(input.value ?? '');
  return values;
}

/** The text shown directly under an input (the element after it in the same container). */
export function errorUnder(card: unknown, inputId: string): string | undefined {
  let found: string | undefined;
  walk(card, (n) => {
    const items = n.items;
    if (!Array.isArray(items)) return;
    const i = items.findIndex((x: Node) => x.type === 'Input.Text' && x.id === inputId);
    const next = i >= 0 ? (items[i + 1] as Node | undefined) : undefined;
    if (next?.type === 'TextBlock') found = String(next.text);
  });
  return found;
}
