import { startFakeGraph, type FakeGraph } from '../../support/fake-graph';
import { addItem, call, expectGraphError, makeList, SITE_ID, sitePath } from './graph-http';

const T0 = new Date('2025-03-10T08:15:30.789Z');
let clock: Date;
let graph: FakeGraph;
let listId: string;

beforeEach(async () => {
  clock = T0;
  graph = await startFakeGraph({ now: () => clock });
  listId = await makeList(graph, 'Nomineringar', [
    { name: 'OrgId', text: {}, indexed: true, enforceUniqueValues: true },
    { name: 'Email', text: {} },
    { name: 'Version', number: {} },
    { name: 'Late', boolean: {} },
    { name: 'SubmittedAt', dateTime: {} },
  ]);
});

afterEach(async () => {
  await graph.stop();
});

const items = (rest = ''): string => sitePath(`/lists/${listId}/items${rest}`);
const ETAG = /^"[0-9a-f-]{36},\d+"$/;

describe('list items in the fake Graph', () => {
  it('creates an item (201) with id, a SharePoint-style eTag and its fields', async () => {
    const res = await addItem(graph, listId, {
      Title: 'Närhälsan',
      OrgId: 'narhalsan',
      Version: 1,
      Late: false,
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      id: '1',
      eTag: expect.stringMatching(ETAG),
      createdDateTime: '2025-03-10T08:15:30Z',
    });
    expect(res.json.fields).toMatchObject({
      '@odata.etag': res.json.eTag,
      id: '1',
      Title: 'Närhälsan',
      OrgId: 'narhalsan',
      Version: 1,
      Late: false,
      Created: '2025-03-10T08:15:30Z',
      Modified: '2025-03-10T08:15:30Z',
    });
    expect(graph.list(SITE_ID, 'Nomineringar')!.items).toEqual([
      expect.objectContaining({
        id: '1',
        etag: res.json.eTag,
        fields: { Title: 'Närhälsan', OrgId: 'narhalsan', Version: 1, Late: false },
      }),
    ]);
  });

  it('keeps date-times in UTC to the second and leaves empty text out of fields', async () => {
    const res = await addItem(graph, listId, {
      OrgId: 'a',
      SubmittedAt: '2025-03-10T09:15:30.456+01:00',
      Email: '',
    });
    expect(res.json.fields.SubmittedAt).toBe('2025-03-10T08:15:30Z');
    expect(res.json.fields).not.toHaveProperty('Email');
  });

  it('refuses unknown fields, read-only fields and values of the wrong type with 400, storing nothing', async () => {
    expectGraphError(await addItem(graph, listId, { OrgId: 'a', Nickname: 'x' }), 400, 'invalidRequest');
    expectGraphError(
      await addItem(graph, listId, { OrgId: 'b', Created: '2020-01-01T00:00:00Z' }),
      400,
      'invalidRequest',
    );
    expectGraphError(await addItem(graph, listId, { OrgId: 'c', Version: 'two' }), 400, 'invalidRequest');
    expectGraphError(
      await addItem(graph, listId, { OrgId: 'd', Title: 'x'.repeat(256) }),
      400,
      'invalidRequest',
    );
    const unknown = await addItem(graph, listId, { Nickname: 'x' });
    expect(unknown.json.error.message).toBe("Field 'Nickname' is not recognized");
    expect(graph.list(SITE_ID, listId)!.items).toEqual([]);
  });

  it('refuses a second item with the same value in a unique column (409), ignoring case', async () => {
    expect((await addItem(graph, listId, { OrgId: 'narhalsan' })).status).toBe(201);
    const dup = await addItem(graph, listId, { OrgId: 'NARHALSAN' });
    expectGraphError(dup, 409, 'nameAlreadyExists');
    expect(dup.json.error.message).toMatch(/duplicate values/);
    const other = await addItem(graph, listId, { OrgId: 'goteborg' });
    const clash = await call(graph, 'PATCH', items(`/${other.json.id}/fields`), {
      body: { OrgId: 'Narhalsan' },
    });
    expectGraphError(clash, 409, 'nameAlreadyExists');
    expect(graph.list(SITE_ID, listId)!.items.map((i) => i.fields.OrgId)).toEqual(['narhalsan', 'goteborg']);
  });

  it('answers an item without fields unless asked, with all fields, or with the selected ones', async () => {
    await addItem(graph, listId, {
      Title: 'Närhälsan',
      OrgId: 'narhalsan',
      Email: 'kontakt@narhalsan.example',
    });
    const bare = await call(graph, 'GET', items('/1'));
    const all = await call(graph, 'GET', items('/1?$expand=fields'));
    const some = await call(graph, 'GET', items('/1?$expand=fields($select=OrgId,Email)'));
    const sdkStyle = await call(graph, 'GET', items('/1?expand=fields(select=OrgId)'));
    expect(bare.json).not.toHaveProperty('fields');
    expect(all.json.fields).toMatchObject({
      Title: 'Närhälsan',
      OrgId: 'narhalsan',
      Email: 'kontakt@narhalsan.example',
    });
    expect(some.json.fields).toEqual({
      '@odata.etag': bare.json.eTag,
      OrgId: 'narhalsan',
      Email: 'kontakt@narhalsan.example',
    });
    expect(sdkStyle.json.fields).toEqual({ '@odata.etag': bare.json.eTag, OrgId: 'narhalsan' });
    expectGraphError(await call(graph, 'GET', items('/99')), 404, 'itemNotFound');
  });

  it('updates fields (200) with a new eTag and refuses a stale If-Match with 412, changing nothing', async () => {
    const created = await addItem(graph, listId, { OrgId: 'narhalsan', Version: 1 });
    const first = created.json.eTag as string;
    clock = new Date('2025-03-10T09:00:00Z');
    const updated = await call(graph, 'PATCH', items('/1/fields'), {
      body: { Version: 2 },
      headers: { 'If-Match': first },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ Version: 2, OrgId: 'narhalsan', Modified: '2025-03-10T09:00:00Z' });
    const second = updated.json['@odata.etag'] as string;
    expect(second).toMatch(ETAG);
    expect(second).not.toBe(first);
    const stale = await call(graph, 'PATCH', items('/1/fields'), {
      body: { Version: 3 },
      headers: { 'If-Match': first },
    });
    expectGraphError(stale, 412, 'resourceModified');
    expect(graph.list(SITE_ID, listId)!.items[0]).toMatchObject({ etag: second, fields: { Version: 2 } });
  });

  it('lets If-Match: * and no If-Match through, making a new version each time', async () => {
    await addItem(graph, listId, { OrgId: 'narhalsan', Version: 1 });
    const star = await call(graph, 'PATCH', items('/1/fields'), {
      body: { Version: 2 },
      headers: { 'If-Match': '*' },
    });
    const none = await call(graph, 'PATCH', items('/1/fields'), { body: { Version: 3 } });
    expect([star.status, none.status]).toEqual([200, 200]);
    expect(graph.list(SITE_ID, listId)!.items[0]).toMatchObject({ version: 3, fields: { Version: 3 } });
    expect(star.json['@odata.etag']).not.toBe(none.json['@odata.etag']);
  });

  it('updates through PATCH …/items/{id} with {fields}, answering the listItem', async () => {
    const created = await addItem(graph, listId, { OrgId: 'narhalsan' });
    const res = await call(graph, 'PATCH', items('/1'), {
      body: { fields: { Late: true } },
      headers: { 'If-Match': created.json.eTag },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: '1', fields: { Late: true, OrgId: 'narhalsan' } });
  });

  it('deletes an item (204) only with a current or absent If-Match', async () => {
    const created = await addItem(graph, listId, { OrgId: 'narhalsan' });
    await call(graph, 'PATCH', items('/1/fields'), { body: { Version: 2 } });
    expectGraphError(
      await call(graph, 'DELETE', items('/1'), { headers: { 'If-Match': created.json.eTag } }),
      412,
      'resourceModified',
    );
    const current = graph.list(SITE_ID, listId)!.items[0]!.etag;
    const gone = await call(graph, 'DELETE', items('/1'), { headers: { 'If-Match': current } });
    expect(gone.status).toBe(204);
    expect(gone.text).toBe('');
    expect(graph.list(SITE_ID, listId)!.items).toEqual([]);
    expectGraphError(await call(graph, 'DELETE', items('/1')), 404, 'itemNotFound');
  });

  it('never reuses an item id after a delete', async () => {
    await addItem(graph, listId, { OrgId: 'a' });
    await call(graph, 'DELETE', items('/1'));
    const next = await addItem(graph, listId, { OrgId: 'b' });
    expect(next.json.id).toBe('2');
  });
});
