/**
 * Where tokens come from and what they are for, derived from GRAPH_BASE_URL so a sovereign cloud
 * (graph.microsoft.us, microsoftgraph.chinacloudapi.cn) gets tokens for its own Graph from its own
 * Entra ID authority without further settings.
 */

export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The app-only scope: `<origin>/.default` asks for the application permissions granted to the app.
 * A loopback Graph is a test stand-in and gets the development token, never a real one: a token for
 * Microsoft Graph sent to a local process would be a token handed to whoever listens on that port.
 */
export function graphScope(baseUrl: string): string {
  if (isLoopbackUrl(baseUrl)) {
    throw new Error(
      'GRAPH_BASE_URL is a loopback address: a real Graph token is never sent there (use the development token outside production)',
    );
  }
  return `${new URL(baseUrl).origin}/.default`;
}

/** Entra ID authority for the national clouds; undefined means @azure/identity's default (or AZURE_AUTHORITY_HOST). */
export function authorityHostFor(baseUrl: string): string | undefined {
  const host = new URL(baseUrl).hostname;
  if (host === 'graph.microsoft.us' || host === 'dod-graph.microsoft.us')
    return 'https://login.microsoftonline.us';
  if (host === 'microsoftgraph.chinacloudapi.cn') return 'https://login.chinacloudapi.cn';
  return undefined;
}
