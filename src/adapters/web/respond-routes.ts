import type { Request, Response, Server } from 'restify';
import { checkAnswer } from '../../domain/answer';
import type { AnswerVersion } from '../../domain/answer-record';
import { admissionAt } from '../../domain/admission';
import { quotasFor } from '../../domain/quota';
import type { AppContext } from '../../app/context';
import type { Lang } from '../../app/i18n/lang';
import { explicitLang, langOf, queryOf } from './request-lang';
import { submitAnswer } from '../../app/use-cases/submit-answer';
import { buildRequestView, type RequestView } from '../../app/views/request-view';
import { expiredPage, notFoundPage, notOpenPage, serverErrorPage, unreadableFormPage } from './error-pages';
import type { RouteModule } from './http-server';
import { recordContact, resolveLink, type LinkTarget } from './load-request';
import { sendPage, sendRedirect, type Page } from './page-shell';
import { pageProblems, type SummaryItem } from './problems';
import { checkDeclaredName, draftFromAnswer, newNonce, parseForm, type PostedForm } from './respond-form';
import { pageRoles, respondPage, type RespondPageModel } from './respond-page';

/** The response page: `GET|POST /respond/:token`, the path that works from any mailbox. */
export function respondRoutes(ctx: AppContext): RouteModule {
  return (server: Server) => {
    server.get('/respond/:token', guarded(ctx, showRequest));
    server.post('/respond/:token', guarded(ctx, receiveAnswer));
    // A link mangled into more path segments (a trailing slash, a pasted sentence) gets the same page as any broken link.
    const broken = guarded(ctx, async (_ctx, req, res) => sendPage(res, 404, notFoundPage(langOf(req))));
    server.get('/respond/*', broken);
    server.post('/respond/*', broken);
    // Failures before a handler runs (an undecodable path, a body the parser refuses) are restify
    // errors; under /respond/ they get a page too, not the JSON the API routes answer with.
    for (const [event, page] of Object.entries(EARLY_FAILURES)) {
      server.on(event, (req: Request, res: Response, err: { statusCode?: number }, next: () => void) => {
        if (req.path().startsWith('/respond/') && !res.headersSent) {
          sendPage(res, err.statusCode ?? 400, page(langOf(req)));
        }
        next();
      });
    }
  };
}

/** restify's event names for the errors of its router and body parser. */
const EARLY_FAILURES: Record<string, (lang: Lang) => Page> = {
  NotFound: notFoundPage,
  PayloadTooLarge: unreadableFormPage,
  InvalidContent: unreadableFormPage,
  UnsupportedMediaType: unreadableFormPage,
};

type Handler = (ctx: AppContext, req: Request, res: Response) => Promise<void>;

/** Nothing unexpected reaches the person as more than a generic page; the log gets the error's name and where. */
function guarded(ctx: AppContext, handler: Handler) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      await handler(ctx, req, res);
    } catch (err) {
      // The first stack line is the message, which may quote a name or an address; the frames are code locations.
      const frames =
        err instanceof Error
          ? (err.stack ?? '')
              .split('\n')
              .slice(1, 4)
              .map((l) => l.trim())
          : [];
      ctx.logger.error(
        { err: err instanceof Error ? err.name : typeof err, frames, method: req.method },
        'response page failed',
      );
      if (!res.headersSent) sendPage(res, 500, serverErrorPage(langOf(req)));
    }
  };
}

async function showRequest(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const lang = langOf(req);
  const raw = tokenOf(req);
  const target = await resolveLink(ctx, raw);
  if (target.kind !== 'found') return sendLinkProblem(res, target, lang);
  const { record, orgId, answer } = target;
  if (!record.deadlineDate) return sendPage(res, 403, notOpenPage(lang, recordContact(record)));
  const view = buildRequestView(record, orgId, answer, ctx.clock.now(), ctx.links);
  const roles = pageRoles(record, orgId, lang);
  // The banner is shown only for the version that is really registered, not for any ?saved= in a URL.
  const saved = queryOf(req).saved;
  const banner = answer && saved === String(answer.version) ? 'saved' : undefined;
  const other = lang === 'sv' ? 'en' : 'sv';
  sendPage(
    res,
    200,
    respondPage({
      view,
      lang,
      roles,
      action: actionOf(raw, req),
      values: draftFromAnswer(
        answer,
        roles.map((r) => r.id),
      ),
      declaredName: '',
      problems: [],
      nonce: newNonce(),
      ...(banner ? { banner } : {}),
      otherLanguageHref: `?lang=${other}`,
    }),
  );
}

async function receiveAnswer(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const lang = langOf(req);
  if (req.getContentType() !== 'application/x-www-form-urlencoded') {
    return sendPage(res, 415, unreadableFormPage(lang));
  }
  const raw = tokenOf(req);
  const target = await resolveLink(ctx, raw);
  if (target.kind !== 'found') return sendLinkProblem(res, target, lang);
  const { record, orgId } = target;
  if (!record.deadlineDate) return sendPage(res, 403, notOpenPage(lang, recordContact(record)));
  const roles = pageRoles(record, orgId, lang);
  const posted = parseForm(
    req.body,
    roles.map((r) => r.id),
  );
  const render = (status: number, current: AnswerVersion | undefined, extra: Partial<RespondPageModel>) => {
    const view = buildRequestView(record, orgId, current, ctx.clock.now(), ctx.links);
    sendPage(res, status, respondPage({ ...typedBack(view, lang, roles, raw, req, posted), ...extra }));
  };

  const refused = refusalStatus(admissionAt(record, orgId, ctx.clock.now()));
  if (refused) return render(refused, target.answer, {});

  const declared = checkDeclaredName(posted.declaredName);
  if ('problem' in declared) {
    // Checked here because submitAnswer would store the answer; the rest of the form is checked too, so one round shows every problem.
    const check = checkAnswer(quotasFor(record.campaign, orgId), posted.draft);
    const problems = pageProblems(check.ok ? [] : check.problems, declared.problem, roles, lang);
    return render(422, target.answer, { problems });
  }

  const result = await submitAnswer(ctx, {
    campaignId: record.campaign.id,
    orgId,
    draft: posted.draft,
    submitter: { kind: 'web-declared', name: declared.name },
    channel: 'web',
    nonce: posted.nonce ?? newNonce(),
    ...(posted.baseVersion !== undefined ? { baseVersion: posted.baseVersion } : {}),
  });
  switch (result.kind) {
    case 'saved':
    case 'duplicate':
    case 'unchanged':
      return sendRedirect(
        res,
        `${actionOf(raw, req)}${explicitLang(req) ? '&' : '?'}saved=${result.answer.version}`,
      );
    case 'invalid':
      return render(422, result.current, { problems: pageProblems(result.problems, undefined, roles, lang) });
    case 'conflict':
      return render(409, result.current, { banner: 'conflict' });
    case 'closed':
    case 'late_refused':
    case 'not_open':
      return render(refusalStatus(result.kind)!, result.current, {});
    case 'unknown':
      return sendPage(res, 404, notFoundPage(lang));
  }
}

/** The form sent back with everything the person typed, a fresh nonce, and the base version of what is shown. */
function typedBack(
  view: RequestView,
  lang: Lang,
  roles: ReturnType<typeof pageRoles>,
  raw: string,
  req: Request,
  posted: PostedForm,
): RespondPageModel {
  return {
    view,
    lang,
    roles,
    action: actionOf(raw, req),
    values: posted.draft,
    declaredName: posted.declaredName,
    problems: [] as SummaryItem[],
    nonce: newNonce(),
  };
}

/** 410 once the round is over for good; 403 while it exists but takes no answers from this page. */
function refusalStatus(admission: RequestView['admission']): number | undefined {
  if (admission === 'closed') return 410;
  if (admission === 'late_refused' || admission === 'not_open') return 403;
  return undefined;
}

function sendLinkProblem(res: Response, target: Exclude<LinkTarget, { kind: 'found' }>, lang: Lang): void {
  if (target.kind === 'expired') sendPage(res, 410, expiredPage(lang, target.contact));
  else sendPage(res, 404, notFoundPage(lang));
}

function tokenOf(req: Request): string {
  const token: unknown = req.params?.token;
  return typeof token === 'string' ? token : '';
}

/**
 * Relative to `/respond/<token>`, so the page works behind a proxy that mounts the service under a path.
 * An explicit language choice travels with the form and the redirect after it.
 */
function actionOf(raw: string, req: Request): string {
  const lang = explicitLang(req);
  return `${encodeURIComponent(raw)}${lang ? `?lang=${lang}` : ''}`;
}
