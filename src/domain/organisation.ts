import { z } from 'zod';
import { emailSchema, idSchema } from './text';

/**
 * Where an organisation's Teams channel lives. The channel id is what the bot sees in
 * `channelData.channel.id`; the service URL is learnt when the app is installed in the team.
 */
export const teamsChannelSchema = z.strictObject({
  channelId: z.string().min(1),
  teamId: z.string().min(1).optional(),
  tenantId: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
});
export type TeamsChannel = z.infer<typeof teamsChannelSchema>;

export const organisationSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(2).max(120),
  /** Authority mailboxes (myndighetsbrevlådor); usually one shared mailbox. */
  mailboxes: z.array(emailSchema).min(1).max(10),
  teams: teamsChannelSchema.optional(),
  /** Optional address that gets a copy of overdue notices. */
  escalation: emailSchema.optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationRegisterSchema = z
  .strictObject({
    organisations: z.array(organisationSchema).min(1),
  })
  .superRefine(
    (register, ctx) => {
      // Looked at even when some entries failed, so every repeat is reported in one run.
      const ids: unknown[] = register.organisations.map((o: unknown) =>
        typeof o === 'object' && o !== null ? (o as { id?: unknown }).id : undefined,
      );
      ids.forEach((id, i) => {
        if (typeof id === 'string' && ids.indexOf(id) !== i) {
          ctx.addIssue({
            code: 'custom',
            message: 'org_duplicate',
            path: ['organisations', i, 'id'],
            params: { id },
          });
        }
      });
    },
    {
      when: (p) =>
        typeof p.value === 'object' &&
        p.value !== null &&
        Array.isArray((p.value as { organisations?: unknown }).organisations),
    },
  );
export type OrganisationRegister = z.infer<typeof organisationRegisterSchema>;
