import { z } from 'zod';
import { IANAZone } from 'luxon';
import { emailSchema, idSchema } from './text';
import { organisationSchema } from './organisation';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_format' })
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      error: 'date_invalid',
    },
  );

/** YAML turns an unquoted 2025-04-30 into a Date; accept that as the date it names. */
const dateField = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  isoDate,
);

const personSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  email: emailSchema,
  title: z.string().trim().max(160).optional(),
});

const ownerSchema = personSchema.extend({
  /** Entra object id: lets the bot recognise the owner in Teams without a directory lookup. */
  aadObjectId: z.uuid().optional(),
});

const roleSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().trim().min(2).max(80),
    nameEn: z.string().trim().min(2).max(80).optional(),
    description: z.string().trim().max(500).optional(),
    min: z.number().int().min(0).max(20),
    max: z.number().int().min(1).max(20),
  })
  .refine((r) => r.min <= r.max, { error: 'quota_min_over_max', path: ['min'] });

const quotaOverrideSchema = z
  .strictObject({
    min: z.number().int().min(0).max(20).optional(),
    max: z.number().int().min(1).max(20).optional(),
  })
  .refine((q) => q.min !== undefined || q.max !== undefined, { error: 'override_empty' });

const recipientsSchema = z
  .strictObject({
    /** Path of an organisation register file, relative to the campaign file. */
    register: z.string().min(1).optional(),
    /** Ids from the register to include; all of them when left out. */
    include: z.array(idSchema).min(1).optional(),
    exclude: z.array(idSchema).optional(),
    organisations: z.array(organisationSchema).optional(),
  })
  .refine((r) => r.register !== undefined || (r.organisations?.length ?? 0) > 0, {
    error: 'recipients_empty',
  });

export const LATE_POLICIES = ['accept', 'refuse'] as const;
export type LatePolicy = (typeof LATE_POLICIES)[number];

export const campaignFileSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().trim().min(3).max(200),
    subject: z.string().trim().min(3).max(200).optional(),
    language: z.enum(LANGUAGES).default('sv'),
    message: z.string().trim().min(10).max(20000),
    requester: z.strictObject({
      group: z.string().trim().min(2).max(160),
      chair: personSchema,
    }),
    replyTo: emailSchema,
    owners: z.array(ownerSchema).min(1),
    timeZone: z
      .string()
      .default('Europe/Stockholm')
      .refine((tz) => IANAZone.isValidZone(tz), { error: 'time_zone_unknown' }),
    deadline: dateField.optional(),
    answerWindowDays: z.number().int().min(1).max(365).optional(),
    roles: z.array(roleSchema).min(1).max(10),
    recipients: recipientsSchema,
    overrides: z
      .record(idSchema, z.strictObject({ roles: z.record(idSchema, quotaOverrideSchema) }))
      .optional(),
    latePolicy: z.enum(LATE_POLICIES).default('accept'),
  })
  .superRefine((c, ctx) => {
    if ((c.deadline === undefined) === (c.answerWindowDays === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'deadline_xor_window', path: ['deadline'] });
    }
    const roleIds = c.roles.map((r) => r.id);
    roleIds.forEach((id, i) => {
      if (roleIds.indexOf(id) !== i)
        ctx.addIssue({ code: 'custom', message: 'role_duplicate', path: ['roles', i, 'id'] });
    });
    if (c.roles.every((r) => r.min === 0)) {
      ctx.addIssue({ code: 'custom', message: 'roles_all_optional', path: ['roles'] });
    }
    for (const [orgId, o] of Object.entries(c.overrides ?? {})) {
      for (const roleId of Object.keys(o.roles)) {
        if (!roleIds.includes(roleId)) {
          ctx.addIssue({
            code: 'custom',
            message: 'override_unknown_role',
            path: ['overrides', orgId, 'roles', roleId],
          });
        }
      }
    }
    const placeholders = c.message.match(/\{\{[^}]*\}\}/g) ?? [];
    for (const p of placeholders) {
      if (!KNOWN_PLACEHOLDERS.includes(p)) {
        ctx.addIssue({
          code: 'custom',
          message: 'message_placeholder_unknown',
          path: ['message'],
          params: { placeholder: p },
        });
      }
    }
  });

/** `{{deadline}}` lets a letter name its own deadline, which an answer window only fixes at sending. */
export const KNOWN_PLACEHOLDERS = ['{{deadline}}'];

export type CampaignFile = z.infer<typeof campaignFileSchema>;
