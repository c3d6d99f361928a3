import { identifierUses, literal, readBicep, stringItems, views } from './bicep-text';

/** Shaped like the real templates, with the traps a naive reader falls into. */
const FIXTURE = `
// A comment with a fake entry: NOT_A_SETTING: 'x' and a brace {
targetScope = 'resourceGroup'

@description('Used in a description only: unusedName, and a brace { and key: value')
@allowed([
  'NODE|22-lts'
  'NODE|24-lts'
])
param runtime string = 'NODE|22-lts'

@secure()
param secretValue string

param unusedName string = ''

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: 'app'
  properties: {
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: runtime /* inline comment: fake: 1 */
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    STORE: 'sharepoint'
    URL: 'https://\${site.properties.defaultHostName}/api:{x}'
    'QUOTED_KEY': 'it\\'s'
    WITH_TERNARY: empty(runtime) ? 'a:b' : 'c'
    NESTED_NOT_A_KEY: {
      inner: 'value'
    }
    // COMMENTED_OUT: 'x'
    LAST: string(42)
  }
}

resource maybe 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(runtime)) {
  name: 'OutlookChannel'
  properties: { channelName: 'OutlookChannel', other: { a: 1 } }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    secret: secretValue
    '\${runtime}': {}
  }
}

output url string = 'https://\${site.properties.defaultHostName}'
`;

describe('the Bicep text reader', () => {
  const file = readBicep(FIXTURE);
  const settings = file.resources.find((r) => r.symbol === 'settings')!;

  it('lists the entries of an object, not words from comments, strings or nested objects', () => {
    expect(settings.body.object('properties')!.keys()).toEqual([
      'STORE',
      'URL',
      'QUOTED_KEY',
      'WITH_TERNARY',
      'NESTED_NOT_A_KEY',
      'LAST',
    ]);
  });

  it('returns each value as written, without comments', () => {
    const props = settings.body.object('properties')!;
    expect(props.get('STORE')).toBe("'sharepoint'");
    expect(props.get('URL')).toBe("'https://${site.properties.defaultHostName}/api:{x}'");
    expect(props.get('WITH_TERNARY')).toBe("empty(runtime) ? 'a:b' : 'c'");
    expect(props.get('LAST')).toBe('string(42)');
    expect(props.object('NESTED_NOT_A_KEY')!.keys()).toEqual(['inner']);
    const site = file.resources.find((r) => r.symbol === 'site')!;
    expect(site.body.object('properties')!.object('siteConfig')!.get('linuxFxVersion')).toBe('runtime');
  });

  it('reads single-line objects and conditional resources', () => {
    const maybe = file.resources.find((r) => r.symbol === 'maybe')!;
    expect(maybe.target).toBe('Microsoft.BotService/botServices/channels@2022-09-15');
    expect(maybe.statement.text).toContain('if (!empty(runtime))');
    expect(maybe.body.object('properties')!.keys()).toEqual(['channelName', 'other']);
    expect(maybe.body.object('properties')!.get('channelName')).toBe("'OutlookChannel'");
  });

  it('reads params with their decorators and defaults, resources, modules and outputs', () => {
    expect(file.params.map((p) => [p.name, p.type, p.defaultValue])).toEqual([
      ['runtime', 'string', "'NODE|22-lts'"],
      ['secretValue', 'string', undefined],
      ['unusedName', 'string', "''"],
    ]);
    const runtime = file.params[0]!;
    expect(runtime.decorators.map((d) => d.name)).toEqual(['description', 'allowed']);
    expect(stringItems(runtime.decorators[1]!.args)).toEqual(['NODE|22-lts', 'NODE|24-lts']);
    expect(file.params[1]!.decorators.map((d) => d.name)).toEqual(['secure']);
    expect(file.resources.map((r) => r.symbol)).toEqual(['site', 'settings', 'maybe']);
    expect(file.modules.map((m) => [m.symbol, m.target])).toEqual([['web', 'modules/web.bicep']]);
    expect(file.modules[0]!.body.object('params')!.keys()).toEqual(['secret', '${runtime}']);
    expect(file.outputs.map((o) => o.name)).toEqual(['url']);
  });

  it('keeps identifiers inside interpolation in the expression view, and drops literal text', () => {
    const { expr } = views(FIXTURE);
    expect(expr).toMatch(/\bsite\.properties\.defaultHostName\b/);
    expect(expr).not.toMatch(/\bunusedName\b.*\bbrace\b/);
    expect(expr.match(/\bunusedName\b/g)).toHaveLength(1); // the declaration; the description is text
    expect(expr).not.toContain('NOT_A_SETTING');
  });

  it('finds an identifier used as code, not as an object key, a property name or text', () => {
    const v = views(FIXTURE);
    const lineOf = (i: number) => FIXTURE.slice(0, i).split('\n').length;
    // secretValue: declared, then passed to the module; runtime: declared, then used four times.
    expect(identifierUses(v, 'secretValue').map(lineOf)).toEqual([13, 51]);
    expect(identifierUses(v, 'runtime').map(lineOf)).toEqual([10, 22, 34, 43, 52]);
    const ternary = views('x: a ? secret : b\nsecret: 1\n{ secret: secret }\nobj.secret');
    expect(identifierUses(ternary, 'secret')).toEqual([7, 38]);
  });

  it('keeps every view the same length as the text', () => {
    const v = views(FIXTURE);
    const n = FIXTURE.length;
    expect([v.code.length, v.expr.length, v.shape.length]).toEqual([n, n, n]);
  });

  it('tells plain string literals from computed values', () => {
    expect(literal("'sharepoint'")).toBe('sharepoint');
    expect(literal("'it\\'s'")).toBe("it's");
    expect(literal("'https://${host}'")).toBeUndefined();
    expect(literal('string(42)')).toBeUndefined();
    expect(literal(undefined)).toBeUndefined();
  });

  it('refuses unbalanced brackets instead of guessing', () => {
    expect(() => readBicep("resource a 'T@1' = {\n  x: [\n}\n")).toThrow(/unbalanced|no closing/);
  });
});
