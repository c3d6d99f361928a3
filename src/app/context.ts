import type { Clock } from './ports/clock';
import type { Logger } from './ports/logger';
import type { Mailer, TeamsMessenger } from './ports/messaging';
import type { Store } from './ports/store';
import type { Links } from './security/links';

/** The ports a use case may reach; the composition root fills it. */
export interface AppContext {
  store: Store;
  mailer: Mailer;
  teams: TeamsMessenger;
  clock: Clock;
  links: Links;
  logger: Logger;
}
