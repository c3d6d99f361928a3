import type { AppContext } from '../../app/context';
import type { RouteModule } from './http-server';
import { infoRoutes } from './info-pages';
import { respondRoutes } from './respond-routes';

/** Every page route the service mounts next to the Bot Framework endpoint and the health checks. */
export function webRoutes(ctx: AppContext): RouteModule[] {
  return [respondRoutes(ctx), infoRoutes()];
}
