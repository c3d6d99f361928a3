import { GraphFailure, graphError, isRecord, ok, type Ctx, type GraphRequest, type Reply } from './reply';
import { buildRequest, lowerHeaders } from './request';

/**
 * POST /$batch as Graph documents JSON batching: at most 20 requests; ids unique ("otherwise, the
 * batch request fails with a 400"); a malformed batch is 400, a parseable one is 200 "even when
 * individual requests fail"; dependsOn orders requests and a failed dependency makes its
 * dependants 424; "individual responses might appear in a different order than the requests" —
 * this fake answers in reverse order so callers must correlate by id.
 */

export const BATCH_LIMIT = 20;

interface Step {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

function malformed(detail: string): GraphFailure {
  return new GraphFailure(400, 'BadRequest', `Invalid batch payload format: ${detail}`);
}

function readSteps(body: unknown): Step[] {
  if (!isRecord(body) || !Array.isArray(body.requests))
    throw malformed("a 'requests' collection is required.");
  const requests = body.requests as unknown[];
  if (requests.length === 0) throw malformed('the batch holds no requests.');
  if (requests.length > BATCH_LIMIT)
    throw new GraphFailure(
      400,
      'BadRequest',
      `The batch holds ${requests.length} requests; the limit is ${BATCH_LIMIT}.`,
    );
  const steps = requests.map((r, i): Step => {
    if (
      !isRecord(r) ||
      typeof r.id !== 'string' ||
      r.id === '' ||
      typeof r.method !== 'string' ||
      typeof r.url !== 'string'
    )
      throw malformed(`request ${i} needs string id, method and url.`);
    const dependsOn = r.dependsOn ?? [];
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string'))
      throw malformed(`dependsOn of request '${r.id}' must be a collection of ids.`);
    return {
      id: r.id,
      method: r.method,
      url: r.url,
      headers: lowerHeaders(isRecord(r.headers) ? r.headers : {}),
      body: r.body,
      dependsOn,
    };
  });
  const ids = new Set<string>();
  for (const s of steps) {
    if (ids.has(s.id.toLowerCase())) throw malformed(`the id '${s.id}' appears twice.`);
    ids.add(s.id.toLowerCase());
  }
  for (const s of steps) {
    const missing = s.dependsOn.find((d) => !ids.has(d.toLowerCase()));
    if (missing !== undefined)
      throw malformed(`'${s.id}' depends on '${missing}', which is not in the batch.`);
  }
  return steps;
}

/** Dependencies first; otherwise the order given. */
function ordered(steps: Step[]): Step[] {
  const done = new Set<string>();
  const out: Step[] = [];
  while (out.length < steps.length) {
    const next = steps.find(
      (s) => !done.has(s.id.toLowerCase()) && s.dependsOn.every((d) => done.has(d.toLowerCase())),
    );
    if (!next) throw malformed('the dependsOn chain has a cycle.');
    done.add(next.id.toLowerCase());
    out.push(next);
  }
  return out;
}

/** Relative URLs ('/sites/…' or 'sites/…'); the SDK also sends '/v1.0/sites/…'. */
function target(url: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(url)) return undefined;
  return `/${url.replace(/^\/+/, '').replace(/^v1\.0\//i, '')}`;
}

function answer(
  ctx: Ctx,
  req: GraphRequest,
  step: Step,
  failed: boolean,
  dispatch: (sub: GraphRequest) => Reply,
): Reply {
  if (failed) return graphError(ctx, 424, 'FailedDependency', 'A request this request depends on failed.');
  const path = target(step.url);
  if (path === undefined)
    return graphError(ctx, 400, 'BadRequest', 'The url of a batched request must be relative.');
  if (step.body !== undefined && step.headers['content-type'] === undefined)
    return graphError(
      ctx,
      400,
      'BadRequest',
      'A batched request with a body must have a Content-Type header.',
    );
  // The batch's own credentials and client identity stand for every request in it.
  const headers: Record<string, string> = { ...step.headers, authorization: req.headers.authorization ?? '' };
  if (req.headers['user-agent'] !== undefined) headers['user-agent'] = req.headers['user-agent'];
  try {
    return dispatch(buildRequest(step.method, path, headers, step.body));
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    return graphError(ctx, error.status, error.code, error.message);
  }
}

export function runBatch(ctx: Ctx, req: GraphRequest, dispatch: (sub: GraphRequest) => Reply): Reply {
  let steps: Step[];
  try {
    steps = ordered(readSteps(req.body));
  } catch (error) {
    if (error instanceof GraphFailure) return graphError(ctx, error.status, error.code, error.message);
    throw error;
  }
  const statuses = new Map<string, number>();
  const responses: Record<string, unknown>[] = [];
  for (const step of steps) {
    const failed = step.dependsOn.some((d) => (statuses.get(d.toLowerCase()) ?? 0) >= 300);
    const reply = answer(ctx, req, step, failed, dispatch);
    statuses.set(step.id.toLowerCase(), reply.status);
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    if (reply.body !== undefined) headers['Content-Type'] = 'application/json';
    const response: Record<string, unknown> = { id: step.id, status: reply.status, headers };
    if (reply.body !== undefined) response.body = reply.body;
    responses.push(response);
  }
  return ok({ responses: responses.reverse() });
}
