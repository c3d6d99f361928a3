import type { Logger } from '../app/ports/logger';
import { createGraphClient, type GraphClient, type GraphClientOptions } from '../adapters/graph';
import type { Config } from '../config/config';

const clients = new WeakMap<Config, GraphClient>();

/**
 * The service's one Microsoft Graph client, shared by the SharePoint store and the Graph mailer: made on
 * the first call for a configuration and returned again after, so both use one token cache and one
 * connection pool. `options` (tests pin waits and jitter) count only on that first call.
 */
export function graphClientFor(
  config: Config,
  logger: Logger,
  options: GraphClientOptions = {},
): GraphClient {
  const existing = clients.get(config);
  if (existing) return existing;
  const client = createGraphClient(config.graph, { logger, ...options });
  clients.set(config, client);
  return client;
}
