import { readFileSync } from 'node:fs';
import path from 'node:path';
import { identifierUses, literal } from './bicep-text';
import { allInfraFiles, INFRA, readInfraFile, type InfraFile } from './infra-files';

/**
 * There is no Bicep compiler here, so these checks catch by reading what the compiler or a deployment would
 * have caught: unused or missing params, modules called with params they do not declare, outputs that do not
 * exist, preview API versions, and documentation and example parameters that drifted from the template.
 */

const files = allInfraFiles();
const main = readInfraFile('infra/main.bicep');
const readme = readFileSync(path.join(INFRA, 'README.md'), 'utf8');
const example = JSON.parse(readFileSync(path.join(INFRA, 'main.parameters.example.json'), 'utf8')) as {
  parameters: Record<string, { value: unknown }>;
};

/** How often an identifier is used as code (not in strings, comments or as a key), its declaration excluded. */
function uses(file: InfraFile, name: string, except: { start: number; end: number }): number {
  return identifierUses(file.views, name).filter((i) => i < except.start || i >= except.end).length;
}

const moduleFile = (target: string) => files.find((f) => f.name === `infra/${target}`);

describe('the Bicep templates in infra/', () => {
  it('use every param they declare', () => {
    const unused = files.flatMap((f) =>
      f.params.filter((p) => uses(f, p.name, p.statement) === 0).map((p) => `${f.name}: ${p.name}`),
    );
    expect(unused).toEqual([]);
  });

  it('deploy every module file, and call each with exactly the params it declares', () => {
    const deployed = main.modules.map((m) => `infra/${m.target}`).sort();
    expect(deployed).toEqual(files.filter((f) => f !== files[0]).map((f) => f.name));
    const problems = main.modules.flatMap((m) => {
      const mod = moduleFile(m.target)!;
      const passed = m.body.object('params')?.keys() ?? [];
      const declared = mod.params.map((p) => p.name);
      const required = mod.params.filter((p) => p.defaultValue === undefined).map((p) => p.name);
      return [
        ...passed.filter((k) => !declared.includes(k)).map((k) => `${m.symbol}: ${k} is not a param`),
        ...required.filter((k) => !passed.includes(k)).map((k) => `${m.symbol}: ${k} is missing`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('read only outputs that the modules declare', () => {
    const refs = [...main.views.expr.matchAll(/\b(\w+)\.outputs\.(\w+)/g)].map((m) => [m[1]!, m[2]!]);
    expect(refs.length).toBeGreaterThan(0);
    const unknown = refs.filter(([symbol, output]) => {
      const decl = main.modules.find((m) => m.symbol === symbol);
      return !decl || !moduleFile(decl.target)!.outputs.some((o) => o.name === output);
    });
    expect(unknown).toEqual([]);
  });

  it('use released API versions, one per resource type', () => {
    // Diagnostic settings have no released API version; 2021-05-01-preview is the one Azure documents.
    const previewAllowed = new Set(['Microsoft.Insights/diagnosticSettings']);
    const all = files.flatMap((f) => f.resources.map((r) => r.target.split('@') as [string, string]));
    expect(all.filter(([type, version]) => version.includes('preview') && !previewAllowed.has(type))).toEqual(
      [],
    );
    const versions = new Map<string, Set<string>>();
    for (const [type, version] of all) versions.set(type, (versions.get(type) ?? new Set()).add(version));
    expect([...versions].filter(([, v]) => v.size > 1).map(([t]) => t)).toEqual([]);
  });

  it('describe every param of main.bicep, and document every param and output in the README', () => {
    expect(
      main.params.filter((p) => !p.decorators.some((d) => d.name === 'description')).map((p) => p.name),
    ).toEqual([]);
    const names = [...main.params.map((p) => p.name), ...main.outputs.map((o) => o.name)];
    expect(names.filter((n) => !readme.includes(`\`${n}\``))).toEqual([]);
  });

  it('output what the operator needs after deploying', () => {
    expect(main.outputs.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'webAppHostName',
        'messagingEndpoint',
        'identityClientId',
        'identityPrincipalId',
        'keyVaultName',
        'botName',
      ]),
    );
  });

  it('have example parameters that main.bicep knows, covering every required one but the secret', () => {
    const keys = Object.keys(example.parameters);
    expect(keys.filter((k) => !main.params.some((p) => p.name === k))).toEqual([]);
    const required = main.params.filter(
      (p) => p.defaultValue === undefined && !p.decorators.some((d) => d.name === 'secure'),
    );
    expect(required.map((p) => p.name).filter((n) => !keys.includes(n))).toEqual([]);
    // Allowed values are enforced by the deployment: the example must pass them.
    const disallowed = main.params.flatMap((p) => {
      const allowed = p.decorators.find((d) => d.name === 'allowed');
      const value = example.parameters[p.name]?.value;
      return allowed && value !== undefined && !allowed.args.includes(`'${String(value)}'`) ? [p.name] : [];
    });
    expect(disallowed).toEqual([]);
  });

  it('use the reserved .example domain for addresses in the example parameters', () => {
    const text = readFileSync(path.join(INFRA, 'main.parameters.example.json'), 'utf8');
    const addresses = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => !a.endsWith('.example'))).toEqual([]);
  });

  it('build resource names that fit the limits Azure sets', () => {
    // baseName is at most 20 characters and uniqueString() gives 13.
    const limits: Record<string, number> = { webAppName: 60, keyVaultName: 24, botName: 64 };
    const longest = Object.keys(limits).map((name) => {
      const text = main.params
        .find((x) => x.name === name)
        ?.defaultValue?.replace(/\$\{baseName\}/g, 'b'.repeat(20))
        .replace(/\$\{uniqueString\(.*?\)\}/g, 'u'.repeat(13));
      return [name, literal(text)?.length ?? 'not a plain name'] as const;
    });
    expect(
      longest.filter(([name, length]) => !(typeof length === 'number' && length <= limits[name]!)),
    ).toEqual([]);
  });
});
