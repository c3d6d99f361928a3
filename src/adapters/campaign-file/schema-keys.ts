import type { z } from 'zod';

/**
 * The parts of a zod schema definition this module walks. zod 4 keeps them on `_zod.def`; they are
 * read, never changed, so the schema stays the single statement of which keys a file may hold.
 */
interface Def {
  type: string;
  shape?: Record<string, Walkable>;
  element?: Walkable;
  valueType?: Walkable;
  innerType?: Walkable;
  in?: Walkable;
  out?: Walkable;
}
interface Walkable {
  _zod: { def: Def };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: Walkable): Walkable {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = s._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    // A preprocess is a pipe from a transform into the real schema; the real one is `out`.
    else if (def.type === 'pipe' && def.out) s = def.out;
    else break;
  }
  return s;
}

function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): Walkable | undefined {
  let s: Walkable | undefined = schema as unknown as Walkable;
  for (const seg of path) {
    const def: Def = unwrap(s)._zod.def;
    if (def.type === 'object') s = def.shape?.[String(seg)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else s = undefined;
    if (!s) return undefined;
  }
  return unwrap(s);
}

/** The keys a mapping may have at `path`, in the order the schema lists them; undefined if it is no mapping. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const def = schemaAt(schema, path)?._zod.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}
