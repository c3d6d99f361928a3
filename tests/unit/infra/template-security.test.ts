import { readFileSync } from 'node:fs';
import path from 'node:path';
import { identifierUses, literal, stringItems } from './bicep-text';
import {
  allInfraFiles,
  INFRA,
  moduleOf,
  onlyResource,
  param,
  readInfraFile,
  type InfraFile,
} from './infra-files';

/**
 * What the deployed service depends on for its security and for Teams to reach it: the bot runs as the managed
 * identity, the web app only speaks HTTPS on a supported Node, and the signing secret reaches the app through
 * Key Vault and nowhere else.
 */

const files = allInfraFiles();
const main = readInfraFile('infra/main.bicep');
const byName = (name: string) => files.find((f) => f.name === name)!;
const passedTo = (module: string) => moduleOf(main, byName(module)).body.object('params')!;

describe('the Azure Bot', () => {
  const bot = onlyResource(files, 'Microsoft.BotService/botServices');
  const props = bot.body.object('properties')!;
  const passed = passedTo('infra/modules/bot.bicep');

  it('runs as the user-assigned managed identity (new multi-tenant bots are not allowed)', () => {
    expect(props.get('msaAppType')).toBe("'UserAssignedMSI'");
    expect(passed.get(props.get('msaAppId')!)).toBe('identity.properties.clientId');
    expect(passed.get(props.get('msaAppMSIResourceId')!)).toBe('identity.id');
    expect(passed.get(props.get('msaAppTenantId')!)).toBe('identity.properties.tenantId');
  });

  it('sends Teams traffic to the web app over https, at /api/messages', () => {
    expect(passed.get(props.get('endpoint')!)).toMatch(
      /^'https:\/\/\$\{web\.outputs\.\w+\}\/api\/messages'$/,
    );
  });

  it('has the Teams channel on, and the Outlook channel only when asked for', () => {
    const channels = files.flatMap((f) =>
      f.resources.filter((r) => r.target.startsWith('Microsoft.BotService/botServices/channels@')),
    );
    const teams = channels.find((c) => c.body.get('name') === "'MsTeamsChannel'")!;
    expect(teams.statement.text).not.toMatch(/=\s*if\s*\(/);
    expect(teams.body.object('properties')!.object('properties')!.get('isEnabled')).toBe('true');
    const outlook = channels.find((c) => c.body.get('name') === "'OutlookChannel'")!;
    expect(outlook.statement.text).toMatch(/=\s*if\s*\(enableOutlookChannel\)/);
    expect(param(main, 'enableOutlookChannel').defaultValue).toBe('false');
  });
});

describe('the web app', () => {
  const site = onlyResource(files, 'Microsoft.Web/sites');
  const props = site.body.object('properties')!;
  const config = props.object('siteConfig')!;

  it('answers only over HTTPS with TLS 1.2 or newer, without FTP or basic-auth publishing', () => {
    expect(props.get('httpsOnly')).toBe('true');
    expect(['1.2', '1.3']).toContain(literal(config.get('minTlsVersion')));
    expect(['1.2', '1.3']).toContain(literal(config.get('scmMinTlsVersion')));
    expect(config.get('ftpsState')).toBe("'Disabled'");
    const policies = files.flatMap((f) =>
      f.resources.filter((r) =>
        r.target.startsWith('Microsoft.Web/sites/basicPublishingCredentialsPolicies@'),
      ),
    );
    expect(
      policies.map((p) => [literal(p.body.get('name')), p.body.object('properties')!.get('allow')]),
    ).toEqual([
      ['ftp', 'false'],
      ['scm', 'false'],
    ]);
  });

  it('stays warm and is health-checked on /healthz', () => {
    expect(config.get('alwaysOn')).toBe('true');
    expect(config.get('healthCheckPath')).toBe("'/healthz'");
  });

  it('runs on Linux with Node 22 or 24 LTS, whatever the operator picks', () => {
    expect(onlyResource(files, 'Microsoft.Web/serverfarms').body.object('properties')!.get('reserved')).toBe(
      'true',
    );
    expect(config.get('linuxFxVersion')).toBe('linuxFxVersion');
    expect(passedTo('infra/modules/web-app.bicep').get('linuxFxVersion')).toBe('linuxFxVersion');
    const runtime = param(main, 'linuxFxVersion');
    const choices = [
      literal(runtime.defaultValue)!,
      ...stringItems(runtime.decorators.find((d) => d.name === 'allowed')!.args),
    ];
    expect(choices.filter((c) => !/^NODE\|(22|24)-lts$/.test(c))).toEqual([]);
  });

  it('runs as the managed identity, which also resolves its Key Vault references', () => {
    const identity = props.get('keyVaultReferenceIdentity');
    expect(identity).toBe('identityId');
    const attached = site.body.object('identity')!;
    expect(attached.get('type')).toBe("'UserAssigned'");
    expect(attached.object('userAssignedIdentities')!.keys()).toEqual(['${identityId}']);
    expect(passedTo('infra/modules/web-app.bicep').get('identityId')).toBe('identity.id');
  });
});

describe('Key Vault', () => {
  const vault = onlyResource(files, 'Microsoft.KeyVault/vaults').body.object('properties')!;
  const assignment = onlyResource(files, 'Microsoft.Authorization/roleAssignments');

  it('uses RBAC, soft delete and purge protection', () => {
    expect(vault.get('enableRbacAuthorization')).toBe('true');
    expect(vault.get('enableSoftDelete')).toBe('true');
    expect(vault.get('enablePurgeProtection')).toBe('true');
    expect(vault.get('accessPolicies')).toBeUndefined();
  });

  it('lets the identity read secrets in this vault and do nothing else', () => {
    const file = assignment.file;
    const role = assignment.body.object('properties')!;
    // Built-in role "Key Vault Secrets User".
    expect(file.views.code).toContain("'4633458b-17de-408a-b874-0445c86b69e6'");
    expect(role.get('roleDefinitionId')).toMatch(/roleDefinitions',\s*keyVaultSecretsUserRoleId\)$/);
    expect(assignment.body.get('scope')).toBe('vault');
    expect(role.get('principalType')).toBe("'ServicePrincipal'");
    expect(passedTo(file.name).get(role.get('principalId')!)).toBe('identity.properties.principalId');
  });
});

describe('secrets in the templates', () => {
  /** Offsets where a param is used as code, its own declaration left out. */
  const usesOf = (file: InfraFile, name: string): number[] => {
    const own = param(file, name).statement;
    return identifierUses(file.views, name).filter((i) => i < own.start || i >= own.end);
  };

  it('take the signing secret as a secure parameter of at least 32 characters', () => {
    for (const file of [main, byName('infra/modules/key-vault.bicep')]) {
      const decorators = param(file, 'signingSecret').decorators;
      expect(decorators.map((d) => d.name)).toContain('secure');
      expect(Number(decorators.find((d) => d.name === 'minLength')?.args)).toBeGreaterThanOrEqual(32);
    }
  });

  it('hand a secure parameter only to a secure module parameter or a Key Vault secret', () => {
    const leaks: string[] = [];
    for (const file of files) {
      for (const p of file.params.filter((x) => x.decorators.some((d) => d.name === 'secure'))) {
        const sinks = [
          ...file.modules.flatMap((m) =>
            (m.body.object('params')?.entries ?? [])
              .filter((e) =>
                byName(`infra/${m.target}`)
                  .params.find((x) => x.name === e.key)
                  ?.decorators.some((d) => d.name === 'secure'),
              )
              .map((e) => [e.start, e.end] as const),
          ),
          ...file.resources
            .filter((r) => r.target.startsWith('Microsoft.KeyVault/vaults/secrets@'))
            .flatMap((r) => r.body.object('properties')?.entries.filter((e) => e.key === 'value') ?? [])
            .map((e) => [e.start, e.end] as const),
        ];
        for (const at of usesOf(file, p.name)) {
          if (!sinks.some(([s, e]) => at >= s && at < e))
            leaks.push(`${file.name}: ${p.name} at offset ${at}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('hold no secret-looking literal, and no secret in the example parameters', () => {
    // A run of 32 base64 characters with a digit in it; resource types (no digits in the run) do not match.
    const secretLike = /(?=[A-Za-z0-9+/=]*\d)[A-Za-z0-9+/=]{32,}/;
    const literals = files.flatMap((f) =>
      [...f.views.code.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)]
        .filter((m) => secretLike.test(m[1]!))
        .map((m) => `${f.name}: ${m[1]}`),
    );
    expect(literals).toEqual([]);
    const example = readFileSync(path.join(INFRA, 'main.parameters.example.json'), 'utf8');
    expect(example).not.toMatch(/signingSecret|MicrosoftAppPassword|secret/i);
    expect(example).not.toMatch(secretLike);
  });
});
