import {
  AuthenticationHandler,
  type AuthenticationProvider,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { AccessToken, TokenCredential } from '@azure/identity';
import type { GraphAuth } from '../../../config/config';
import type { CredentialFactory } from '../credentials';
import { DEV_GRAPH_TOKEN } from '../dev-token';
import { GraphAuthenticationError } from '../errors';
import { authorityHostFor, graphScope, isLoopbackUrl } from '../scope';

/** Refresh this long before expiry, so a token never expires between being attached and being checked. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Supplies the bearer token. Threats handled: a real token sent to a test server (loopback gets the fixed
 * development token, and the development token is refused for anything else); a credential probing the
 * network at start-up (it is constructed on the first request that needs a token, not before); an
 * identity endpoint hammered per request (the token is reused until shortly before it expires).
 */
export function tokenProvider(
  auth: GraphAuth,
  baseUrl: string,
  factory: CredentialFactory,
  now: () => number,
): AuthenticationProvider {
  if (auth.kind === 'dev-token') {
    if (!isLoopbackUrl(baseUrl))
      throw new Error('The development Graph token is only for a loopback GRAPH_BASE_URL');
    return { getAccessToken: () => Promise.resolve(DEV_GRAPH_TOKEN) };
  }
  const scope = graphScope(baseUrl);
  const authorityHost = authorityHostFor(baseUrl);
  let credential: TokenCredential | undefined;
  let cached: AccessToken | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    try {
      credential ??= factory(auth, authorityHost ? { authorityHost } : {});
      const token = await credential.getToken(scope);
      if (!token) throw new Error('the credential returned no token');
      cached = token;
      return token.token;
    } catch (err) {
      throw new GraphAuthenticationError(auth.kind, { cause: err });
    }
  };

  return {
    getAccessToken: () => {
      if (cached && refreshAt(cached) > now()) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}

function refreshAt(token: AccessToken): number {
  return token.refreshAfterTimestamp ?? token.expiresOnTimestamp - REFRESH_MARGIN_MS;
}

/**
 * The SDK's own handler attaches the token, but only to https URLs on Graph hosts or in `customHosts`
 * (graph-client.ts sets that to the base URL's host name, which is how a loopback https server gets it).
 * The origin guard before it has already refused every other host.
 */
export function authentication(provider: AuthenticationProvider): Middleware {
  return new AuthenticationHandler(provider);
}
