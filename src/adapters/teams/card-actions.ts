import { randomUUID } from 'node:crypto';
import type { Activity, AdaptiveCardInvokeResponse } from 'botbuilder';
import { z } from 'zod';
import type { AnswerVersion } from '../../domain/answer-record';
import { quotasFor } from '../../domain/quota';
import type { AppContext } from '../../app/context';
import { submitAnswer } from '../../app/use-cases/submit-answer';
import { buildRequestView } from '../../app/views/request-view';
import { answeredCard } from '../cards/answered-card';
import { acceptsAnswers } from '../cards/card-parts';
import { closedCard } from '../cards/closed-card';
import { requestCard } from '../cards/request-card';
import { draftFromInputs } from '../cards/request-inputs';
import { whoFacts } from './activity-facts';
import type { BotPolicy } from './bot-policy';
import { authoriseCardAction, invalidCard } from './card-access';
import { cardResponse } from './invoke-responses';
import { BOT_TEXTS } from './texts';

/** One `Action.Execute` as a handler sees it: the verified activity and the card's data (inputs included). */
export interface CardActionTurn {
  ctx: AppContext;
  activity: Partial<Activity>;
  data: Record<string, unknown>;
  /** What the action is checked against besides the token (the bot's tenant, the administrators). */
  policy?: BotPolicy;
  /** The person's directory e-mail via the Bot Connector, for those who are known by e-mail only. */
  directoryEmail?: () => Promise<string | undefined>;
}

export type CardActionHandler = (turn: CardActionTurn) => Promise<AdaptiveCardInvokeResponse>;

/** What the request card's submit action carries besides the inputs. Ids are only inside the token. */
const submitData = z.object({
  token: z.string().min(1).max(1024),
  baseVersion: z.coerce.number().int().min(0).max(1_000_000).optional(),
  nonce: z.string().min(8).max(100),
});

export const submitAnswerAction: CardActionHandler = async ({ ctx, activity, data, policy }) => {
  const access = await authoriseCardAction(ctx, activity, data, policy);
  if (!access.ok) return cardResponse(access.card);
  const parsed = submitData.safeParse(data);
  if (!parsed.success) return cardResponse(invalidCard(access.record.campaign.language));
  const { record, org } = access;
  const { nonce, baseVersion } = parsed.data;
  const quotas = quotasFor(record.campaign, org.id);
  const draft = draftFromInputs(
    data,
    quotas.map((q) => ({ id: q.role.id, max: q.max })),
  );
  const who = whoFacts(activity);
  const result = await submitAnswer(ctx, {
    campaignId: record.campaign.id,
    orgId: org.id,
    draft,
    // 'teams-user' stands for an identity the Bot Framework activity vouches for, which is what the
    // Outlook channel gives too (its Entra user); the channel field records where the answer came from.
    submitter: {
      kind: 'teams-user',
      name: who.name ?? BOT_TEXTS[record.campaign.language].unknownUser,
      id: who.aadObjectId ?? who.id,
    },
    channel: access.channel,
    nonce,
    ...(baseVersion !== undefined ? { baseVersion } : {}),
  });
  if (result.kind === 'unknown') return cardResponse(invalidCard(record.campaign.language));
  const view = (answer: AnswerVersion | undefined) =>
    buildRequestView(result.record, org.id, answer, ctx.clock.now(), ctx.links);
  switch (result.kind) {
    case 'saved':
    case 'duplicate':
    case 'unchanged':
      return cardResponse(answeredCard(view(result.answer)));
    case 'invalid':
      return cardResponse(
        requestCard(view(result.current), {
          nonce: randomUUID(),
          values: draft,
          problems: result.problems,
          ...(baseVersion !== undefined ? { baseVersion } : {}),
        }),
      );
    case 'conflict':
      return cardResponse(
        requestCard(view(result.current), { nonce: randomUUID(), values: draft, conflict: true }),
      );
    case 'closed':
    case 'late_refused':
    case 'not_open':
      return cardResponse(closedCard(view(result.current)));
  }
};

/** Brings back the form, filled in with the current answer, so someone can change it. */
export const editAnswerAction: CardActionHandler = async ({ ctx, activity, data, policy }) => {
  const access = await authoriseCardAction(ctx, activity, data, policy);
  if (!access.ok) return cardResponse(access.card);
  const { record, org } = access;
  const current = await ctx.store.currentAnswer(record.campaign.id, org.id);
  const view = buildRequestView(record, org.id, current, ctx.clock.now(), ctx.links);
  if (!acceptsAnswers(view)) return cardResponse(closedCard(view));
  return cardResponse(requestCard(view, { nonce: randomUUID() }));
};
