import { z } from 'zod';
import { IANAZone } from 'luxon';
import { emailSchema, idSchema } from './text';
import { organisationSchema } from './organisation';
import { DEFAULT_REMINDER_POLICY as DEFAULT, REMINDER_LIMITS as LIMITS } from './reminders/policy';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const isoDate = z
  .string()
  // A date in the wrong form is not also reported as a date that does not exist.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_format', abort: true })
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
  .refine((r) => r.min <= r.max, {
    error: 'quota_min_over_max',
    path: ['min'],
    // Also when another field of the role failed, so one run reports every problem.
    when: (p) => isRecord(p.value) && typeof p.value.min === 'number' && typeof p.value.max === 'number',
  });

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
  })
  .refine((r) => r.register !== undefined || (r.include === undefined && r.exclude === undefined), {
    error: 'recipients_filter_without_register',
    path: ['register'],
  });

/** Days in a reminder list: whole numbers in range, each once (a repeat would be the same reminder twice). */
function dayList(range: { min: number; max: number }, outOfRange: { error: string }) {
  return z
    .array(z.number().int().min(range.min, outOfRange).max(range.max, outOfRange))
    .max(10)
    .superRefine(
      (days, ctx) => {
        days.forEach((d, i) => {
          if (typeof d === 'number' && days.indexOf(d) !== i)
            ctx.addIssue({ code: 'custom', message: 'reminder_day_duplicate', path: [i] });
        });
      },
      { when: (p) => Array.isArray(p.value) },
    );
}

/** Every key may be left out; the defaults make the policy in reminders/policy.ts. */
const remindersSchema = z
  .strictObject({
    daysBefore: dayList(LIMITS.daysBefore, { error: 'reminder_before_range' }).default(() => [
      ...DEFAULT.daysBefore,
    ]),
    onDeadlineDay: z.boolean().default(DEFAULT.onDeadlineDay),
    overdueAfterWorkingDays: dayList(LIMITS.overdueAfterWorkingDays, {
      error: 'reminder_overdue_range',
    }).default(() => [...DEFAULT.overdueAfterWorkingDays]),
    timeOfDay: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time_of_day_format' })
      .default(DEFAULT.timeOfDay),
    max: z
      .number()
      .int()
      .min(LIMITS.max.min, { error: 'reminder_max_range' })
      .max(LIMITS.max.max, { error: 'reminder_max_range' })
      .default(DEFAULT.max),
    escalateAfterOverdue: z.boolean().default(DEFAULT.escalateAfterOverdue),
  })
  // prefault, not default: `{}` is parsed, so a file without `reminders` gets every default above.
  .prefault({});

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
    reminders: remindersSchema,
  })
  // Runs even when single fields failed, so one run reports every problem (zod skips it otherwise).
  .superRefine(checkAcrossFields, { when: (p) => isRecord(p.value) });

/** `{{deadline}}` lets a letter name its own deadline, which an answer window only fixes at sending. */
export const KNOWN_PLACEHOLDERS = ['{{deadline}}'];

export type CampaignFile = z.infer<typeof campaignFileSchema>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Rules that span fields. The input may be partly unparsed here (see `when` above), so each rule
 * only looks at values of the shape it expects and leaves the rest to the field schemas.
 */
function checkAcrossFields(c: CampaignFile, ctx: z.RefinementCtx<CampaignFile>): void {
  if ((c.deadline === undefined) === (c.answerWindowDays === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'deadline_xor_window', path: ['deadline'] });
  }
  const roles: unknown[] = Array.isArray(c.roles) ? c.roles : [];
  const roleIds = roles.map((r) => (isRecord(r) && typeof r.id === 'string' ? r.id : undefined));
  roleIds.forEach((id, i) => {
    if (id !== undefined && roleIds.indexOf(id) !== i)
      ctx.addIssue({ code: 'custom', message: 'role_duplicate', path: ['roles', i, 'id'] });
  });
  if (roles.length > 0 && roles.every((r) => isRecord(r) && r.min === 0)) {
    ctx.addIssue({ code: 'custom', message: 'roles_all_optional', path: ['roles'] });
  }
  const overrides: unknown = c.overrides;
  for (const [orgId, o] of Object.entries(isRecord(overrides) ? overrides : {})) {
    if (!isRecord(o) || !isRecord(o.roles)) continue;
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
  const placeholders = typeof c.message === 'string' ? (c.message.match(/\{\{[^}]*\}\}/g) ?? []) : [];
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
}
