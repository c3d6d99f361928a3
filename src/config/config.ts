import path from 'node:path';
import { envSchema, type Env } from './env-schema';

export type Mode = 'local' | 'production';

export interface Config {
  /** No MicrosoftAppId: inbound auth off, loopback only. Otherwise everything fails closed. */
  mode: Mode;
  host: string;
  port: number;
  publicBaseUrl: string;
  store: { kind: 'sqlite'; path: string } | { kind: 'sharepoint'; siteId: string };
  mail: { kind: 'outbox'; dir: string } | { kind: 'graph'; sender: string };
  mailFrom: { address: string; name?: string };
  graph: GraphConfig;
  mailPace: { perMinute: number; concurrency: number };
  outlookOriginatorId?: string;
  bot: BotConfig;
  /** Seconds between the in-service scheduler's ticks; 0: no scheduler (an external timer runs `reminders run`). */
  reminderIntervalSeconds: number;
  signingSecret?: string;
  dataDir: string;
  logLevel: string;
}

/**
 * How the service signs in to Microsoft Graph. Never DefaultAzureCredential: its probing of the instance
 * metadata endpoint is a surprise outside Azure, so the kind is decided here from what is configured.
 */
export type GraphAuth =
  /** A loopback Graph (a local test server) outside production: a fixed development token, no Entra ID. */
  | { kind: 'dev-token' }
  | { kind: 'client-secret'; tenantId: string; clientId: string; secret: string }
  | { kind: 'client-certificate'; tenantId: string; clientId: string; certificatePath: string }
  /** Azure's managed identity; a user-assigned one is named by its client id. */
  | { kind: 'managed-identity'; clientId?: string };

export interface GraphConfig {
  baseUrl: string;
  auth: GraphAuth;
  /** `NONISV|<organisation>|contact-intake/<version>` */
  clientOrganisation: string;
}

/**
 * botbuilder's names for where inbound tokens are checked (OpenID metadata, issuer). Set only for a
 * sovereign cloud or a test's local key server; the public cloud's values otherwise.
 */
export const BOT_CLOUD_SETTINGS = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromEmulatorOpenIdMetadataUrl',
] as const;
export type BotCloudSetting = (typeof BOT_CLOUD_SETTINGS)[number];

export interface BotConfig {
  appId?: string;
  appPassword?: string;
  appType: string;
  tenantId?: string;
  /** Present only when at least one of BOT_CLOUD_SETTINGS is set. */
  cloud?: Partial<Record<BotCloudSetting, string>>;
  /**
   * TEAMS_ADMIN_AAD_OBJECT_IDS, lower-cased: people who may approve any channel link, besides the owners
   * of a campaign that asks the organisation. Empty: owners only.
   */
  adminObjectIds: string[];
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

const LOCAL_SENDER = 'intake@contact-intake.example';

/** Reads and checks the whole environment, listing every problem at once so an operator fixes them in one go. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  const problems: string[] = [];
  const mode: Mode = e.MicrosoftAppId ? 'production' : 'local';
  const publicBaseUrl = (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');

  if (e.STORE === 'sharepoint' && !e.SHAREPOINT_SITE_ID)
    problems.push('SHAREPOINT_SITE_ID: required when STORE=sharepoint');
  if (e.MAIL === 'graph' && !e.MAIL_SENDER)
    problems.push('MAIL_SENDER: required when MAIL=graph (the service mailbox UPN)');

  if (mode === 'production') {
    // Each of these would quietly weaken a deployed service, so production refuses to start instead.
    if (e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
      problems.push('MicrosoftAppPassword: required in production unless MicrosoftAppType=UserAssignedMSI');
    }
    if (e.MicrosoftAppType === 'MultiTenant') {
      problems.push(
        'MicrosoftAppType: new multi-tenant bot registrations are not allowed; use SingleTenant or UserAssignedMSI',
      );
    }
    if (!e.MicrosoftAppTenantId) problems.push('MicrosoftAppTenantId: required in production');
    if (!e.SIGNING_SECRET || e.SIGNING_SECRET.length < 32) {
      problems.push('SIGNING_SECRET: required in production, at least 32 characters of random data');
    } else if (e.SIGNING_SECRET.startsWith('@Microsoft.KeyVault(')) {
      // App Service hands over the reference text itself when it cannot resolve it; that text is long
      // enough to pass the length check, and anyone who knows the vault's name could sign links with it.
      problems.push(
        "SIGNING_SECRET: the Key Vault reference was not resolved (check the identity's access to the vault)",
      );
    }
    if (!e.PUBLIC_BASE_URL || !e.PUBLIC_BASE_URL.startsWith('https://')) {
      problems.push('PUBLIC_BASE_URL: required in production and must start with https://');
    } else if (isLoopback(e.PUBLIC_BASE_URL)) {
      // Links in e-mails and cards would point at the recipient's own machine.
      problems.push(
        'PUBLIC_BASE_URL: a loopback address is for local mode; production needs its public host name',
      );
    }
    for (const name of BOT_CLOUD_SETTINGS) {
      // Tokens are only as trustworthy as the keys they are checked against.
      const value = e[name];
      if (value && !value.startsWith('https://')) problems.push(`${name}: must use https:// in production`);
    }
    if (!e.GRAPH_BASE_URL.startsWith('https://'))
      problems.push('GRAPH_BASE_URL: must use https:// in production');
    // A loopback Graph would make the service trust a local server and sign in with a development token.
    if (isLoopback(e.GRAPH_BASE_URL))
      problems.push('GRAPH_BASE_URL: a loopback Graph is for local tests, not production');
  } else if (e.SIGNING_SECRET && e.SIGNING_SECRET.length < 32) {
    problems.push('SIGNING_SECRET: at least 32 characters when set');
  }
  const graphAuth = graphAuthFrom(e, mode, problems);
  if (problems.length > 0) return { ok: false, problems };

  const sqlitePath = path.resolve(cwd, e.SQLITE_PATH);
  return {
    ok: true,
    config: {
      mode,
      host: mode === 'local' ? '127.0.0.1' : '0.0.0.0',
      port: e.PORT,
      publicBaseUrl,
      store:
        e.STORE === 'sqlite'
          ? { kind: 'sqlite', path: sqlitePath }
          : { kind: 'sharepoint', siteId: e.SHAREPOINT_SITE_ID! },
      mail:
        e.MAIL === 'outbox'
          ? { kind: 'outbox', dir: path.resolve(cwd, e.OUTBOX_DIR) }
          : { kind: 'graph', sender: e.MAIL_SENDER! },
      mailFrom: { address: e.MAIL_SENDER ?? LOCAL_SENDER },
      graph: {
        baseUrl: e.GRAPH_BASE_URL.replace(/\/$/, ''),
        auth: graphAuth,
        clientOrganisation: e.GRAPH_CLIENT_ORGANISATION,
      },
      mailPace: { perMinute: e.MAIL_PER_MINUTE, concurrency: e.MAIL_CONCURRENCY },
      ...(e.OUTLOOK_ORIGINATOR_ID ? { outlookOriginatorId: e.OUTLOOK_ORIGINATOR_ID } : {}),
      bot: {
        ...(e.MicrosoftAppId ? { appId: e.MicrosoftAppId } : {}),
        ...(e.MicrosoftAppPassword ? { appPassword: e.MicrosoftAppPassword } : {}),
        appType: e.MicrosoftAppType,
        ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
        ...(botCloudFrom(e) ? { cloud: botCloudFrom(e)! } : {}),
        adminObjectIds: e.TEAMS_ADMIN_AAD_OBJECT_IDS,
      },
      reminderIntervalSeconds: e.REMINDER_INTERVAL_SECONDS,
      ...(e.SIGNING_SECRET ? { signingSecret: e.SIGNING_SECRET } : {}),
      dataDir: path.resolve(cwd, e.DATA_DIR ?? path.dirname(e.SQLITE_PATH)),
      // Local mode talks to a person at a terminal: only warnings unless asked; production logs everything.
      logLevel: e.LOG_LEVEL ?? (mode === 'local' ? 'warn' : 'info'),
    },
  };
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0'
  );
}

function botCloudFrom(e: Env): BotConfig['cloud'] {
  const set = BOT_CLOUD_SETTINGS.filter((name) => e[name]);
  return set.length > 0 ? Object.fromEntries(set.map((name) => [name, e[name]!])) : undefined;
}

function graphAuthFrom(e: Env, mode: Mode, problems: string[]): GraphAuth {
  if (mode === 'local' && isLoopback(e.GRAPH_BASE_URL)) return { kind: 'dev-token' };
  const { AZURE_TENANT_ID: tenantId, AZURE_CLIENT_ID: clientId } = e;
  if (e.AZURE_CLIENT_SECRET || e.AZURE_CLIENT_CERTIFICATE_PATH) {
    if (!tenantId || !clientId) {
      problems.push(
        'AZURE_TENANT_ID, AZURE_CLIENT_ID: required with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH',
      );
      return { kind: 'managed-identity' };
    }
    return e.AZURE_CLIENT_CERTIFICATE_PATH
      ? { kind: 'client-certificate', tenantId, clientId, certificatePath: e.AZURE_CLIENT_CERTIFICATE_PATH }
      : { kind: 'client-secret', tenantId, clientId, secret: e.AZURE_CLIENT_SECRET! };
  }
  return clientId ? { kind: 'managed-identity', clientId } : { kind: 'managed-identity' };
}
