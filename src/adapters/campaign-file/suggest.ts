/** Keys Swedish authors are likely to write for the English ones the file format uses. */
const SWEDISH_KEYS: Record<string, string> = {
  rubrik: 'title',
  titel: 'title',
  amne: 'subject',
  meddelande: 'message',
  brev: 'message',
  text: 'message',
  sprak: 'language',
  bestallare: 'requester',
  avsandare: 'requester',
  grupp: 'group',
  ordforande: 'chair',
  namn: 'name',
  epost: 'email',
  mejl: 'email',
  mail: 'email',
  svarsadress: 'replyTo',
  agare: 'owners',
  tidszon: 'timeZone',
  sistadag: 'deadline',
  svarsdatum: 'deadline',
  senast: 'deadline',
  svarstid: 'answerWindowDays',
  roller: 'roles',
  beskrivning: 'description',
  mottagare: 'recipients',
  organisationer: 'organisations',
  organizations: 'organisations',
  undantag: 'overrides',
  brevlador: 'mailboxes',
  mailbox: 'mailboxes',
  brevlada: 'mailboxes',
  kanal: 'teams',
  sensvar: 'latePolicy',
};

/** Lower case without separators or Swedish diacritics: `Answer_window-days` and `answerWindowDays` compare equal. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-_\s.]/g, '');
}

/** Edit distance where swapping two neighbouring letters counts as one edit ("titel" -> "title"). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate the author most likely meant, or undefined when none is close enough to be a fair guess. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = fold(word);
  const alias = SWEDISH_KEYS[w];
  if (alias && candidates.includes(alias)) return alias;
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = distance(w, fold(c));
    if (!best || d < best.d) best = { c, d };
  }
  if (!best) return undefined;
  const allowed = w.length <= 3 ? 1 : w.length <= 6 ? 2 : 3;
  return best.d <= allowed ? best.c : undefined;
}
