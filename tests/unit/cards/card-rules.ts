/**
 * What makes an expanded card valid for Teams and Outlook here: Adaptive Cards 1.5, nothing left of
 * the template language, labelled inputs with ids, verbs on every Action.Execute, and only element
 * types that exist in 1.5. Returns the problems found, each naming where.
 */

const ELEMENTS = new Set([
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Image',
  'Media',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ImageSet',
  'ActionSet',
  'Table',
  'TableRow',
  'TableCell',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const ACTIONS = new Set(['Action.Execute', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility']);
/** Teams refuses messages over about 28 KB; a card must leave room for the rest of the activity. */
export const MAX_CARD_BYTES = 24 * 1024;

type Node = Record<string, unknown>;

export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  if (typeof card !== 'object' || card === null) return ['not an object'];
  const root = card as Node;
  if (root.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (root.version !== '1.5') problems.push(`version is ${String(root.version)}, expected 1.5`);
  const size = Buffer.byteLength(JSON.stringify(card));
  if (size > MAX_CARD_BYTES) problems.push(`card is ${size} bytes`);

  const ids = new Map<string, string>();
  const toggles: { at: string; targets: unknown }[] = [];
  visit(root, '$', (node, at) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$data' || key === '$when') problems.push(`${at}: template key ${key} left`);
      if (typeof value === 'string' && value.includes('${'))
        problems.push(`${at}.${key}: unresolved "${value}"`);
    }
    const type = node.type;
    if (typeof type !== 'string' || at === '$') return;
    if (!ELEMENTS.has(type) && !ACTIONS.has(type)) problems.push(`${at}: unknown type ${type}`);
    if (typeof node.id === 'string') {
      if (ids.has(node.id)) problems.push(`${at}: id ${node.id} also at ${ids.get(node.id)}`);
      ids.set(node.id, at);
    }
    if (type.startsWith('Input.')) {
      if (typeof node.id !== 'string' || node.id === '') problems.push(`${at}: input without id`);
      if (typeof node.label !== 'string' || node.label.trim() === '')
        problems.push(`${at}: input without label`);
    }
    if (type === 'Action.Execute' && (typeof node.verb !== 'string' || node.verb === '')) {
      problems.push(`${at}: Action.Execute without verb`);
    }
    if (type === 'Action.OpenUrl' && !/^https?:\/\//.test(String(node.url))) problems.push(`${at}: bad url`);
    if (type === 'Action.ToggleVisibility') toggles.push({ at, targets: node.targetElements });
    if (['Container', 'Column'].includes(type) && (!Array.isArray(node.items) || node.items.length === 0)) {
      problems.push(`${at}: ${type} without items`);
    }
    if (type === 'FactSet' && (!Array.isArray(node.facts) || node.facts.length === 0))
      problems.push(`${at}: empty FactSet`);
    if (type === 'TextBlock' && (typeof node.text !== 'string' || node.text === ''))
      problems.push(`${at}: empty TextBlock`);
  });
  for (const t of toggles) {
    const targets = Array.isArray(t.targets) ? t.targets : [];
    if (targets.length === 0) problems.push(`${t.at}: toggle without targets`);
    for (const target of targets) {
      const id = typeof target === 'string' ? target : (target as Node)?.elementId;
      if (typeof id !== 'string' || !ids.has(id))
        problems.push(`${t.at}: toggles missing element ${String(id)}`);
    }
  }
  return problems;
}

function visit(node: unknown, at: string, fn: (n: Node, at: string) => void): void {
  if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${at}[${i}]`, fn));
  else if (typeof node === 'object' && node !== null) {
    fn(node as Node, at);
    for (const [k, v] of Object.entries(node)) visit(v, `${at}.${k}`, fn);
  }
}
