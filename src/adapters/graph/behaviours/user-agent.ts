import { behaviour, setHeader, type NamedMiddleware } from './behaviour';

/**
 * SharePoint identifies traffic by its User-Agent and throttles undecorated traffic first; Microsoft asks
 * for `NONISV|<Company>|<App>/<version>` from software an organisation builds for itself.
 */
export function userAgentValue(clientOrganisation: string, version: string): string {
  // The separator must stay unambiguous, and a header value cannot hold line breaks.
  const organisation = clientOrganisation.replace(/[|\r\n]/g, ' ').trim();
  return `NONISV|${organisation}|contact-intake/${version}`;
}

export function userAgent(value: string): NamedMiddleware {
  return behaviour('user-agent', async (context, next) => {
    setHeader(context, 'User-Agent', value);
    await next(context);
  });
}
