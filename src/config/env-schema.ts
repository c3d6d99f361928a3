import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = optionalText.pipe(z.url({ error: 'must be an absolute URL' }).optional());

/**
 * Every environment variable the service reads, with its default. Names follow the operating
 * contract in design.md; the Bot Framework names keep the SDK's own spelling.
 */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  PUBLIC_BASE_URL: optionalText.pipe(
    z.url({ error: 'must be an absolute URL, e.g. https://intake.example' }).optional(),
  ),
  STORE: z.enum(['sqlite', 'sharepoint'], { error: 'must be sqlite or sharepoint' }).default('sqlite'),
  SQLITE_PATH: z.string().min(1).default('./data/intake.db'),
  SHAREPOINT_SITE_ID: optionalText,
  MAIL: z.enum(['outbox', 'graph'], { error: 'must be outbox or graph' }).default('outbox'),
  OUTBOX_DIR: z.string().min(1).default('./outbox'),
  MAIL_SENDER: optionalText.pipe(
    z.email({ error: 'must be an e-mail address (the service mailbox UPN)' }).optional(),
  ),
  GRAPH_BASE_URL: z.url({ error: 'must be an absolute URL' }).default('https://graph.microsoft.com/v1.0'),
  /** Names the organisation in the User-Agent SharePoint asks ISV-less callers to send (NONISV|org|app). */
  GRAPH_CLIENT_ORGANISATION: z
    .string()
    .regex(/^[A-Za-z0-9 ._-]{1,40}$/, { error: 'letters, digits, space, . _ - (at most 40)' })
    .default('VGR'),
  AZURE_TENANT_ID: optionalText,
  AZURE_CLIENT_ID: optionalText,
  AZURE_CLIENT_SECRET: optionalText,
  AZURE_CLIENT_CERTIFICATE_PATH: optionalText,
  /** Exchange Online accepts about 30 messages a minute per mailbox. */
  MAIL_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(30),
  /** Outlook allows 4 concurrent requests per app and mailbox. */
  MAIL_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(4, { error: 'at most 4 (Outlook allows 4 concurrent requests per mailbox)' })
    .default(4),
  /** Provider id from the Actionable Email Developer Dashboard; embeds the card in e-mails when set. */
  OUTLOOK_ORIGINATOR_ID: optionalText.pipe(
    z.uuid({ error: 'must be the originator GUID from the Actionable Email Developer Dashboard' }).optional(),
  ),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant'], {
      error: 'must be SingleTenant or UserAssignedMSI',
    })
    .default('SingleTenant'),
  MicrosoftAppTenantId: optionalText,
  /**
   * Where inbound Bot Framework tokens are checked, in botbuilder's own setting names. Unset: the public
   * cloud's values. Only a sovereign cloud (or a test's local key server) sets them; https in production.
   */
  ToBotFromChannelOpenIdMetadataUrl: optionalUrl,
  ToBotFromChannelTokenIssuer: optionalUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: optionalUrl,
  SIGNING_SECRET: optionalText,
  DATA_DIR: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type Env = z.infer<typeof envSchema>;
