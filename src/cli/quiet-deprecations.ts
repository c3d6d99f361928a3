/**
 * restify 11 (the last major that runs on Node 20) reads process.binding('http_parser'), which makes
 * Node print DEP0111 at every start. It is known and harmless; operators should not learn to ignore
 * warnings, so exactly that one is dropped and every other warning still shows.
 */
export function quietKnownDeprecations(): void {
  const emit = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const code =
      typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { code?: string }).code : rest[1];
    if (code === 'DEP0111') return;
    emit(warning, ...rest);
  }) as typeof process.emitWarning;
}
