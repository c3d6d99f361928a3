import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = optionalText.pipe(z.url({ error: 'must be an absolute URL' }).optional());

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Entra object ids separated by commas (spaces and an empty value allowed), lower-cased, each once. A
 * wrong entry is named by its position, not echoed: operators paste e-mail addresses here, and start-up
 * problems end up in logs.
 */
const objectIdList = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const entries = raw.split(',').map((e) => e.trim());
    const ids = entries.filter((e) => e !== '');
    entries.forEach((entry, i) => {
      if (entry === '' || GUID.test(entry)) return;
      const kind = entry.includes('@') ? 'an e-mail address' : 'not a GUID';
      ctx.addIssue({
        code: 'custom',
        message: `entry ${i + 1} of ${entries.length} is ${kind}; give each person's Entra object id (a GUID such as 0f0f0f0f-1111-4222-8333-444444444444, shown as "Object ID" on the user in Entra ID), separated by commas`,
      });
    });
    return [...new Set(ids.map((id) => id.toLowerCase()))];
  });

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
  /**
   * How often the service's reminder scheduler looks for reminders and summaries that are due. 0 turns it
   * off (when an external timer runs `contact-intake reminders run` instead).
   */
  // Empty is unset (the default), not 0: coercing '' would turn reminders off without anyone asking.
  REMINDER_INTERVAL_SECONDS: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce
      .number()
      .int()
      .min(0)
      .max(86_400, { error: 'at most 86400 (a day)' })
      .refine((v) => v === 0 || v >= 10, { error: '0 (off) or at least 10' })
      .default(300),
  ),
  /**
   * Administrators of the service (Entra object ids, comma-separated): besides the owners of a campaign,
   * they may approve a Teams channel's request to become an organisation's channel.
   */
  TEAMS_ADMIN_AAD_OBJECT_IDS: objectIdList,
  SIGNING_SECRET: optionalText,
  DATA_DIR: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type Env = z.infer<typeof envSchema>;
