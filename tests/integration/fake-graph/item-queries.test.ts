import { HONOR_NON_INDEXED, startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { addItem, allPages, call, expectGraphError, makeList, sitePath } from './graph-http';

let graph: FakeGraph;
let listId: string;

const COLUMNS = [
  { name: 'OrgId', text: {}, indexed: true },
  { name: 'Status', choice: { choices: ['Utkast', 'Inskickad'] }, indexed: true },
  { name: 'Version', number: {}, indexed: true },
  { name: 'Late', boolean: {}, indexed: true },
  { name: 'SubmittedAt', dateTime: {}, indexed: true },
  { name: 'Email', text: {} },
];

const ROWS = [
  {
    OrgId: 'narhalsan',
    Status: 'Inskickad',
    Version: 1,
    Late: false,
    SubmittedAt: '2025-03-01T10:00:00Z',
    Email: 'a@narhalsan.example',
  },
  {
    OrgId: 'goteborg',
    Status: 'Utkast',
    Version: 2,
    Late: true,
    SubmittedAt: '2025-03-05T10:00:00Z',
    Email: 'b@goteborg.example',
  },
  {
    OrgId: 'skaraborg',
    Status: 'Inskickad',
    Version: 3,
    Late: false,
    SubmittedAt: '2025-03-09T10:00:00Z',
    Email: 'a@narhalsan.example',
  },
  {
    OrgId: 'narhalsan-kansli',
    Status: 'Inskickad',
    Version: 1,
    Late: true,
    SubmittedAt: '2025-03-12T10:00:00Z',
    Email: 'a@narhalsan.example',
  },
  { OrgId: 'boras', Status: 'Utkast', Version: 5, Late: false },
];

async function start(
  options: Parameters<typeof startFakeGraph>[0] = {},
  rows: object[] = ROWS,
): Promise<void> {
  graph = await startFakeGraph(options);
  listId = await makeList(graph, 'Nomineringar', COLUMNS);
  for (const row of rows)
    expect((await addItem(graph, listId, row as Record<string, unknown>)).status).toBe(201);
}

afterEach(async () => {
  await graph.stop();
});

const query = (q: string): string => sitePath(`/lists/${listId}/items?$expand=fields&${q}`);

async function ids(q: string, headers: Record<string, string> = {}): Promise<string[]> {
  const { values } = await allPages(graph, query(q), headers);
  return values.map((v: { id: string }) => v.id);
}

describe('filtering and ordering list items in the fake Graph', () => {
  beforeEach(() => start());

  it.each([
    ["$filter=fields/OrgId eq 'NARHALSAN'", ['1']],
    ['$filter=fields/Version eq 1', ['1', '4']],
    ['$filter=fields/Version ge 3', ['3', '5']],
    ['$filter=fields/Late eq true', ['2', '4']],
    ["$filter=fields/Status ne 'Utkast'", ['1', '3', '4']],
    ["$filter=(fields/Status eq 'Utkast' or fields/Late eq true) and fields/Version gt 1", ['2', '5']],
    ["$filter=startswith(fields/OrgId,'narhalsan')", ['1', '4']],
    [
      "$filter=fields/SubmittedAt ge '2025-03-05T00:00:00Z' and fields/SubmittedAt le '2025-03-10T00:00:00Z'",
      ['2', '3'],
    ],
    ['$filter=fields/SubmittedAt lt 2025-03-05T00:00:00Z', ['1']],
    ["$filter=fields/OrgId eq 'it''s'", []],
    ['$orderby=fields/Version desc', ['5', '3', '2', '1', '4']],
    ['$orderby=fields/SubmittedAt', ['5', '1', '2', '3', '4']],
  ])('%s finds %j', async (q, expected) => {
    expect(await ids(q)).toEqual(expected);
  });

  it('refuses functions SharePoint does not offer, and filters it cannot read', async () => {
    expectGraphError(
      await call(graph, 'GET', query("$filter=contains(fields/OrgId,'hal')")),
      400,
      'invalidRequest',
    );
    expectGraphError(
      await call(graph, 'GET', query("$filter=fields/OrgId eq 'a' and")),
      400,
      'invalidRequest',
    );
    expectGraphError(
      await call(graph, 'GET', query("$filter=fields/Nickname eq 'a'")),
      400,
      'invalidRequest',
    );
  });

  it('refuses a filter or an order on a column that is not indexed, with the documented message', async () => {
    const filtered = await call(graph, 'GET', query("$filter=fields/Email eq 'a@narhalsan.example'"));
    expectGraphError(filtered, 400, 'invalidRequest');
    expect(filtered.json.error.message).toBe(
      "Field 'Email' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
    );
    expectGraphError(await call(graph, 'GET', query('$orderby=fields/Email')), 400, 'invalidRequest');
    expectGraphError(await call(graph, 'GET', query('$orderby=fields/Title desc')), 400, 'invalidRequest');
  });

  it('answers such a query when the request prefers HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const prefer = { Prefer: HONOR_NON_INDEXED };
    expect(await ids("$filter=fields/Email eq 'A@NARHALSAN.EXAMPLE'", prefer)).toEqual(['1', '3', '4']);
    expect(
      await ids('$orderby=fields/Email desc', { Prefer: `return=minimal, ${HONOR_NON_INDEXED}` }),
    ).toEqual(['2', '1', '3', '4', '5']);
  });

  it('filters on the item id without an index', async () => {
    expect(await ids('$filter=fields/ID gt 3')).toEqual(['4', '5']);
    expect(await ids("$filter=id eq '2'")).toEqual(['2']);
  });
});

describe('paging list items in the fake Graph', () => {
  it('pages with an absolute @odata.nextLink on the same base, keeping the query, to the end across empty pages', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ OrgId: `org-${i + 1}`, Version: i + 1 }));
    await start({ pageSize: 3, emptyPageEvery: 3 }, rows);
    const { pages, values } = await allPages(graph, query('$filter=fields/Version ge 1&$select=id'));
    expect(pages.map((p) => p.json.value.length)).toEqual([3, 3, 0, 3, 1]);
    expect(values.map((v: { id: string }) => v.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    const link = pages[2]!.json['@odata.nextLink'] as string;
    expect(link.startsWith(`${graph.baseUrl}/sites/`)).toBe(true);
    const params = new URL(link).searchParams;
    expect(params.get('$filter')).toBe('fields/Version ge 1');
    expect(params.get('$expand')).toBe('fields');
    expect(params.get('$skiptoken')).toEqual(expect.any(String));
    expect(pages[4]!.json).not.toHaveProperty('@odata.nextLink');
  });

  it('uses $top as the page size, never above the server’s', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ OrgId: `org-${i + 1}` }));
    await start({ pageSize: 5 }, rows);
    const small = await allPages(graph, query('$top=2'));
    const large = await allPages(graph, query('$top=50'));
    expect(small.pages.map((p) => p.json.value.length)).toEqual([2, 2, 2, 1]);
    expect(large.pages.map((p) => p.json.value.length)).toEqual([5, 2]);
    expectGraphError(await call(graph, 'GET', query('$top=0')), 400, 'invalidRequest');
  });

  it('neither repeats nor loses items changed between pages', async () => {
    await start({ pageSize: 3 }, ROWS);
    const first = await call(graph, 'GET', query('$orderby=fields/Version'));
    expect(first.json.value.map((v: { id: string }) => v.id)).toEqual(['1', '4', '2']);
    await call(graph, 'DELETE', sitePath(`/lists/${listId}/items/4`));
    await addItem(graph, listId, { OrgId: 'vastra', Version: 4 });
    const rest = await allPages(graph, first.json['@odata.nextLink']);
    expect(rest.values.map((v: { id: string }) => v.id)).toEqual(['3', '6', '5']);
  });

  it('needs the Prefer header on every page of a non-indexed query: the nextLink carries only the query', async () => {
    await start({ pageSize: 2 }, ROWS);
    const prefer = { Prefer: HONOR_NON_INDEXED };
    const first = await call(graph, 'GET', query("$filter=fields/Email eq 'a@narhalsan.example'"), {
      headers: prefer,
    });
    expect(first.status).toBe(200);
    const next = first.json['@odata.nextLink'] as string;
    expectGraphError(await call(graph, 'GET', next), 400, 'invalidRequest');
    expect((await call(graph, 'GET', next, { headers: prefer })).json.value).toHaveLength(1);
  });

  it('refuses a $skiptoken it did not issue', async () => {
    await start();
    expectGraphError(await call(graph, 'GET', query('$skiptoken=Paged%3DTRUE')), 400, 'invalidRequest');
  });
});
