import { readFileSync } from 'node:fs';
import path from 'node:path';
import { userAgentValue } from '../../../src/adapters/graph/behaviours/user-agent';
import { packageVersion } from '../../../src/adapters/graph/package-version';
import { pathTemplate } from '../../../src/adapters/graph/path-template';
import { relativeToBase } from '../../../src/adapters/graph/relative-url';
import { ForeignHostError } from '../../../src/adapters/graph';

describe('User-Agent that SharePoint recognises as decorated traffic', () => {
  test('NONISV|<organisation>|contact-intake/<version from package.json>', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(packageVersion()).toBe(pkg.version);
    expect(userAgentValue('Västra Götalandsregionen', packageVersion())).toBe(
      `NONISV|Västra Götalandsregionen|contact-intake/${pkg.version}`,
    );
  });

  test('an organisation name cannot break the format or the header', () => {
    expect(userAgentValue('A|B\r\nX-Evil: 1', '1.2.3')).toBe('NONISV|A B  X-Evil: 1|contact-intake/1.2.3');
  });
});

describe('path templates in logs and request counts', () => {
  test('ids, principal names and list names are replaced; Graph words stay', () => {
    expect(
      pathTemplate('https://graph.microsoft.com/v1.0/users/narhalsan@vgregion.example/sendMail', '/v1.0'),
    ).toBe('/users/{id}/sendMail');
    expect(
      pathTemplate(
        'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.example,111,222/lists/Nomineringar/items/17/fields',
        '/v1.0',
      ),
    ).toBe('/sites/{id}/lists/{id}/items/{id}/fields');
    expect(pathTemplate('https://graph.microsoft.com/v1.0/$batch', '/v1.0')).toBe('/$batch');
  });

  test('query values are dropped, names kept', () => {
    const url =
      "https://graph.microsoft.com/v1.0/sites/s/lists/l/items?$expand=fields&$filter=fields/Email eq 'anna@vgregion.example'&$top=50";
    const template = pathTemplate(url, '/v1.0');
    expect(template).toBe('/sites/{id}/lists/{id}/items?$expand&$filter&$top');
    expect(template).not.toContain('anna');
  });
});

describe('URLs handed to the client', () => {
  const BASE = 'https://127.0.0.1:4000/v1.0';

  test('a nextLink on the same origin and version becomes a path under the base URL', () => {
    expect(relativeToBase(`${BASE}/sites/s/lists/l/items?$skiptoken=Paged%3dTRUE`, BASE)).toBe(
      '/sites/s/lists/l/items?$skiptoken=Paged%3dTRUE',
    );
    expect(relativeToBase('sites/s', BASE)).toBe('/sites/s');
  });

  test.each([
    ['another host', 'https://graph.microsoft.com/v1.0/sites/s'],
    ['another port on the same host', 'https://127.0.0.1:4001/v1.0/sites/s'],
    ['plain http', 'http://127.0.0.1:4000/v1.0/sites/s'],
    ['another version path', 'https://127.0.0.1:4000/beta/sites/s'],
    ['a look-alike host', 'https://127.0.0.1.evil.example:4000/v1.0/sites/s'],
  ])('a URL on %s is refused', (_what, url) => {
    expect(() => relativeToBase(url, BASE)).toThrow(ForeignHostError);
  });
});
