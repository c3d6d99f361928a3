import type { UserEndpoint } from '../../src/app/ports/store';
import { at } from './fixtures';
import type { Opened } from './store-contract';

const ANNA = 'aad-00000000-0000-0000-0000-00000000a11a';
const CHAT = `a:1${'x'.repeat(300)}`;

function endpoint(overrides: Partial<UserEndpoint> = {}): UserEndpoint {
  return {
    aadObjectId: ANNA,
    conversationId: CHAT,
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    tenantId: 'tenant-vgr',
    email: 'anna.andersson@vgregion.example',
    updatedAt: at(5),
    ...overrides,
  };
}

export function userEndpointContract(opened: Opened): void {
  const store = () => opened().store;

  it('remembers how to reach a person in their chat with the bot, long conversation id and all', async () => {
    await store().saveUserEndpoint(endpoint());

    expect(await store().userEndpoint(ANNA)).toEqual(endpoint());
    expect(await store().userEndpoint('aad-someone-else')).toBeUndefined();
  });

  it('takes the latest conversation and service URL, keeping an e-mail and tenant learnt earlier', async () => {
    await store().saveUserEndpoint(endpoint());
    const later = {
      aadObjectId: ANNA,
      conversationId: 'a:1second-chat',
      serviceUrl: 'https://smba.trafficmanager.net/se/',
      updatedAt: at(50),
    };
    await store().saveUserEndpoint(later);

    expect(await store().userEndpoint(ANNA)).toEqual({
      ...later,
      tenantId: 'tenant-vgr',
      email: 'anna.andersson@vgregion.example',
    });
    await store().saveUserEndpoint({ ...later, email: 'anna.a@vgregion.example', updatedAt: at(60) });
    expect(await store().userEndpoint(ANNA)).toMatchObject({
      email: 'anna.a@vgregion.example',
      updatedAt: at(60),
    });
  });

  it('keeps an endpoint without tenant or e-mail as it was given', async () => {
    const bare = {
      aadObjectId: ANNA,
      conversationId: 'a:1chat',
      serviceUrl: 'http://127.0.0.1:3979/',
      updatedAt: at(1),
    };
    await store().saveUserEndpoint(bare);

    expect(await store().userEndpoint(ANNA)).toEqual(bare);
  });

  it('keeps one endpoint with what both told when two processes learn the same person at once', async () => {
    const other = await opened().another();
    const { email: _e, ...withoutEmail } = endpoint();
    const { tenantId: _t, ...withoutTenant } = endpoint();
    await Promise.all([
      store().saveUserEndpoint(withoutEmail),
      other.saveUserEndpoint(withoutTenant),
      store().saveUserEndpoint({ ...endpoint(), aadObjectId: 'aad-berit' }),
    ]);

    expect(await other.userEndpoint(ANNA)).toEqual(endpoint());
    expect(await store().userEndpoint('aad-berit')).toEqual({ ...endpoint(), aadObjectId: 'aad-berit' });
  });
}
