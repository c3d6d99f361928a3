import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { call, expectGraphError, makeList, SITE_ID, sitePath } from './graph-http';

let graph: FakeGraph;

beforeEach(async () => {
  graph = await startFakeGraph();
});

afterEach(async () => {
  await graph.stop();
});

const NOMINATION_COLUMNS = [
  { name: 'OrgId', text: { maxLength: 64 }, indexed: true, enforceUniqueValues: true },
  { name: 'Role', displayName: 'Roll', choice: { choices: ['Kontaktperson', 'Ersättare'] } },
  { name: 'Version', number: { decimalPlaces: 'none' } },
  { name: 'Late', displayName: 'Sen', boolean: {} },
  { name: 'SubmittedAt', dateTime: { format: 'dateTime' }, indexed: true },
];

describe('sites and lists in the fake Graph', () => {
  it('answers the site by its composite id, percent-encoded or not', async () => {
    const plain = await call(graph, 'GET', sitePath());
    const encoded = await call(graph, 'GET', `/sites/${encodeURIComponent(SITE_ID)}?$select=id,webUrl`);
    expect(plain.status).toBe(200);
    expect(plain.json).toMatchObject({
      id: SITE_ID,
      webUrl: 'https://contoso.sharepoint.example/sites/intake',
    });
    expect(encoded.json).toEqual({ id: SITE_ID, webUrl: 'https://contoso.sharepoint.example/sites/intake' });
    expectGraphError(await call(graph, 'GET', '/sites/other.sharepoint.example,1,2'), 404, 'itemNotFound');
  });

  it('creates a generic list (201) with an internal name, the display name and a Title column', async () => {
    const res = await call(graph, 'POST', sitePath('/lists'), {
      body: {
        displayName: 'Kontaktpersoner 2025',
        columns: NOMINATION_COLUMNS,
        list: { template: 'genericList' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Kontaktpersoner2025',
      displayName: 'Kontaktpersoner 2025',
      list: { template: 'genericList' },
    });
    const columns = await call(graph, 'GET', sitePath(`/lists/${res.json.id}/columns`));
    const byName = Object.fromEntries(columns.json.value.map((c: { name: string }) => [c.name, c]));
    expect(byName.Title).toMatchObject({
      text: expect.objectContaining({ maxLength: 255 }),
      readOnly: false,
    });
    expect(byName.OrgId).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      text: expect.objectContaining({ maxLength: 64 }),
    });
    expect(byName.Role).toMatchObject({
      displayName: 'Roll',
      choice: expect.objectContaining({ choices: ['Kontaktperson', 'Ersättare'] }),
    });
    expect(byName.Late).toMatchObject({ boolean: {}, indexed: false });
    expect(byName.ID).toMatchObject({ readOnly: true });
  });

  it('refuses a second list with the same title with 409 in Graph’s error shape, leaving one list', async () => {
    await makeList(graph, 'Nomineringar', []);
    const again = await call(graph, 'POST', sitePath('/lists'), { body: { displayName: 'nomineringar' } });
    expectGraphError(again, 409, 'nameAlreadyExists');
    const lists = await call(graph, 'GET', sitePath('/lists'));
    expect(lists.json.value).toHaveLength(1);
  });

  it('creates nothing when one column of a new list is invalid', async () => {
    const res = await call(graph, 'POST', sitePath('/lists'), {
      body: {
        displayName: 'Halvfärdig',
        columns: [
          { name: 'Ok', text: {} },
          { name: 'Bad', text: {}, enforceUniqueValues: true },
        ],
      },
    });
    expectGraphError(res, 400, 'invalidRequest');
    expect(graph.list(SITE_ID, 'Halvfärdig')).toBeUndefined();
  });

  it('finds a list by $filter on displayName with $select, and by id or title', async () => {
    const id = await makeList(graph, 'Nomineringar', NOMINATION_COLUMNS);
    await makeList(graph, 'Leveranser', []);
    const found = await call(
      graph,
      'GET',
      sitePath(`/lists?$filter=displayName eq 'Nomineringar'&$select=id,name`),
    );
    expect(found.json.value).toEqual([{ id, name: 'Nomineringar' }]);
    const byTitle = await call(graph, 'GET', sitePath('/lists/Nomineringar'));
    const byId = await call(graph, 'GET', sitePath(`/lists/${id}?$expand=columns`));
    expect(byTitle.json.id).toBe(id);
    expect(byId.json.columns.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Title', 'OrgId', 'SubmittedAt']),
    );
    expectGraphError(await call(graph, 'GET', sitePath('/lists/Saknas')), 404, 'itemNotFound');
  });

  it('adds columns of each type and refuses a duplicate name with 409', async () => {
    const id = await makeList(graph, 'Nomineringar', []);
    const added = await call(graph, 'POST', sitePath(`/lists/${id}/columns`), {
      body: {
        name: 'Email',
        displayName: 'E-post',
        description: 'Adress',
        text: { allowMultipleLines: false, maxLength: 255 },
      },
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({
      name: 'Email',
      displayName: 'E-post',
      description: 'Adress',
      indexed: false,
      id: expect.any(String),
    });
    const dateOnly = await call(graph, 'POST', sitePath(`/lists/${id}/columns`), {
      body: { name: 'Deadline', dateTime: { format: 'dateOnly' } },
    });
    expect(dateOnly.json.dateTime).toMatchObject({ format: 'dateOnly' });
    expectGraphError(
      await call(graph, 'POST', sitePath(`/lists/${id}/columns`), { body: { name: 'email', text: {} } }),
      409,
      'nameAlreadyExists',
    );
    expectGraphError(
      await call(graph, 'POST', sitePath(`/lists/${id}/columns`), { body: { name: 'Title', text: {} } }),
      409,
      'nameAlreadyExists',
    );
  });

  it('refuses enforceUniqueValues on a column that is not indexed (400), and two type facets', async () => {
    const id = await makeList(graph, 'Nomineringar', []);
    const unindexed = await call(graph, 'POST', sitePath(`/lists/${id}/columns`), {
      body: { name: 'OrgId', text: {}, enforceUniqueValues: true },
    });
    expectGraphError(unindexed, 400, 'invalidRequest');
    expect(unindexed.json.error.message).toMatch(/indexed/);
    const twoTypes = await call(graph, 'POST', sitePath(`/lists/${id}/columns`), {
      body: { name: 'X', text: {}, number: {} },
    });
    expectGraphError(twoTypes, 400, 'invalidRequest');
  });

  it('indexes an existing column with PATCH, and refuses uniqueness over values that repeat', async () => {
    const id = await makeList(graph, 'Nomineringar', [{ name: 'OrgId', text: {} }]);
    for (const org of ['narhalsan', 'NARHALSAN']) {
      await call(graph, 'POST', sitePath(`/lists/${id}/items`), { body: { fields: { OrgId: org } } });
    }
    const column = graph.list(SITE_ID, 'Nomineringar')!.columns.find((c) => c.name === 'OrgId')!;
    const indexed = await call(graph, 'PATCH', sitePath(`/lists/${id}/columns/${column.id}`), {
      body: { indexed: true },
    });
    expect(indexed.json).toMatchObject({ name: 'OrgId', indexed: true });
    const unique = await call(graph, 'PATCH', sitePath(`/lists/${id}/columns/${column.id}`), {
      body: { enforceUniqueValues: true },
    });
    expectGraphError(unique, 400, 'invalidRequest');
    expect(graph.list(SITE_ID, id)!.columns.find((c) => c.name === 'OrgId')).toMatchObject({
      indexed: true,
      enforceUniqueValues: false,
    });
  });

  it('lists hidden columns only when $select names hidden', async () => {
    const id = await makeList(graph, 'Nomineringar', [{ name: 'Secret', text: {}, hidden: true }]);
    const plain = await call(graph, 'GET', sitePath(`/lists/${id}/columns`));
    const withHidden = await call(graph, 'GET', sitePath(`/lists/${id}/columns?$select=name,hidden`));
    expect(plain.json.value.map((c: { name: string }) => c.name)).not.toContain('Secret');
    expect(withHidden.json.value).toContainEqual({ name: 'Secret', hidden: true });
  });
});
