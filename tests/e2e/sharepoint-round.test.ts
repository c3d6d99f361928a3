/**
 * The intake round of intake-round.test.ts on the Microsoft 365 back end: STORE=sharepoint MAIL=graph
 * against the fake Graph server (tests/support/fake-graph), with the Agents Playground as Teams. The
 * operator provisions the site first; the same steps as the SQLite round then run on the lists, the
 * request e-mails go out through sendMail, Folktandvården answers on the page its e-mail links to, and
 * the chair reads the register both in SharePoint (the Nomineringar list) and with `campaign status`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_GRAPH_TOKEN } from '../../src/adapters/graph';
import { LIST_ORDER, ROW_STATUS } from '../../src/adapters/store/sharepoint';
import { runCommand, type CliRun } from '../support/cli-run';
import { startFakeGraph, type FakeGraph, type FakeItem } from '../support/fake-graph';
import {
  answerOnNarhalsansCard,
  blockOf,
  folktandvardenAnswersOnTheWeb,
  sendAndInstall,
  startIntakeRound,
  statusCommand,
  statusShowsNarhalsansAnswer,
  type IntakeRound,
} from '../support/intake-round';
import { responseLinkIn } from '../support/outbox';
import { assertLoopbackOnly } from '../support/playground';

const SITE =
  'vgregion.sharepoint.example,5b1f3c2a-7d4e-4f60-9a8b-0c1d2e3f4a5b,6c2a4d3b-8e5f-4a71-8b9c-1d2e3f4a5b6c';
const SENDER = 'intake@vgregion.example';
const BERTIL = { 'contact.1.name': 'Bertil Berg', 'contact.1.email': 'bertil.berg@vgregion.example' };

describe('the intake round on Microsoft 365: SharePoint lists and Graph mail (fake Graph, Agents Playground)', () => {
  let fake: FakeGraph;
  let env: NodeJS.ProcessEnv;
  let operatorDir: string;
  /** What `contact-intake sharepoint provision` said, run by the operator before the service starts. */
  let provisioned: CliRun;
  let round: IntakeRound;

  /** Nomineringar as the chair opens it in SharePoint: the rows of one organisation. */
  const rowsOf = (orgId: string): FakeItem['fields'][] =>
    fake
      .list(SITE, 'Nomineringar')!
      .items.map((i) => i.fields)
      .filter((f) => f.CampaignId === round.campaign.id && f.OrgId === orgId);

  /** The request e-mails sendMail accepted, per recipient address. */
  const mailsTo = (address: string) =>
    fake
      .sentMail(SENDER)
      .filter((m) => (m.toRecipients ?? []).some((r) => r.emailAddress.address === address));

  beforeAll(async () => {
    assertLoopbackOnly('The SharePoint intake round e2e test');
    fake = await startFakeGraph({ token: DEV_GRAPH_TOKEN, siteId: SITE, mailboxes: [SENDER] });
    operatorDir = mkdtempSync(join(tmpdir(), 'contact-intake-operator-'));
    env = {
      STORE: 'sharepoint',
      SHAREPOINT_SITE_ID: SITE,
      MAIL: 'graph',
      MAIL_SENDER: SENDER,
      // A loopback Graph: the client signs in with the development token.
      GRAPH_BASE_URL: fake.baseUrl,
      // The schema's fastest pace: the 16 request e-mails take 1.5 s instead of 30.
      MAIL_PER_MINUTE: '600',
    };
    provisioned = await runCommand(['sharepoint', 'provision'], {
      env: { ...env, LOG_LEVEL: 'warn' },
      cwd: operatorDir,
    });
    round = await startIntakeRound('sharepoint-round', env);
  });

  afterAll(async () => {
    await round?.stop();
    await fake?.stop();
    rmSync(operatorDir, { recursive: true, force: true });
  });

  test('the operator provisioned the site, and the service keeps the campaign in its lists', () => {
    expect(provisioned).toMatchObject({ code: 0, err: '' });
    expect(provisioned.out).toContain(
      `Klart: ${LIST_ORDER.length} listor skapade, 0 kolumner tillagda, 0 index tillagda.`,
    );
    const campaigns = fake.list(SITE, 'Insamlingar')!.items.map((i) => i.fields);
    expect(campaigns).toEqual([expect.objectContaining({ CampaignId: round.campaign.id, State: 'Utkast' })]);
    expect(fake.list(SITE, 'Insamlingens organisationer')!.items).toHaveLength(
      round.campaign.organisations.length,
    );
    // Nothing went to a local database.
    expect(existsSync(round.app.env.SQLITE_PATH!)).toBe(false);
  });

  test('the requests wait for the app in Teams; installing it in the team posts one in each channel', () =>
    sendAndInstall(round));

  test('each administration got exactly one request e-mail through Graph, with its own signed response link', async () => {
    const { app, campaign } = round;
    expect(fake.sentMail(SENDER)).toHaveLength(campaign.organisations.length);
    for (const org of campaign.organisations) {
      const [mail, ...more] = mailsTo(org.mailboxes[0]!);
      expect(more).toEqual([]);
      expect(mail!.subject).toBe(`${campaign.subject} – ${org.name}`);
      expect(mail!.replyTo?.map((r) => r.emailAddress.address)).toEqual([campaign.replyTo]);
      const link = responseLinkIn(mail!.body?.content ?? '');
      expect(link?.startsWith(`${app.url}/respond/`)).toBe(true);
      const check = app.ctx.links.check(link!.split('/respond/')[1]!, 'respond', app.clock.now());
      expect(check).toMatchObject({ ok: true, token: { campaignId: campaign.id, orgId: org.id } });
    }
    const sent = (await app.store.deliveries(campaign.id)).filter((d) => d.channel === 'email');
    expect(sent.filter((d) => d.state === 'sent')).toHaveLength(campaign.organisations.length);
  });

  test('Närhälsan answers on its card: the answered card comes back, the channel post is updated, the answer is stored', async () => {
    await answerOnNarhalsansCard(round);

    expect(rowsOf('narhalsan')).toEqual([
      expect.objectContaining({
        Title: 'Karin Kontakt',
        Organisation: 'Närhälsan',
        Role: 'Kontaktperson',
        Email: 'karin.kontakt@vgregion.example',
        SubmittedBy: 'Anna Lindqvist',
        Channel: 'Teams',
        Version: 1,
        Status: ROW_STATUS.current,
        Late: false,
      }),
    ]);
  });

  test('campaign status on the command line reads the answer from SharePoint, as text and as JSON', async () => {
    const before = fake.requests.length;
    await statusShowsNarhalsansAnswer(round);
    const asked = fake.requests.slice(before).filter((r) => r.method === 'GET' && r.path.endsWith('/items'));
    expect(asked.length).toBeGreaterThan(0);
  });

  test('Folktandvården answers on the page its e-mail links to; SharePoint and status show both answers', async () => {
    const [mail] = mailsTo('folktandvarden@vgregion.example');
    await folktandvardenAnswersOnTheWeb(
      round,
      responseLinkIn(mail!.body!.content!)!,
      { ...BERTIL, declaredName: 'Karin Kansli' },
      'Bertil Berg',
    );

    expect(rowsOf('folktandvarden')).toEqual([
      expect.objectContaining({
        Title: 'Bertil Berg',
        Organisation: 'Folktandvården',
        Email: 'bertil.berg@vgregion.example',
        SubmittedBy: 'Karin Kansli',
        Channel: 'Webb',
        Version: 1,
        Status: ROW_STATUS.current,
      }),
    ]);
    // One row per person answered, and no request e-mail went out again.
    expect(fake.list(SITE, 'Nomineringar')!.items).toHaveLength(2);
    expect(fake.sentMail(SENDER)).toHaveLength(round.campaign.organisations.length);

    const status = await statusCommand(round);
    expect(status.code).toBe(0);
    expect(status.out).toContain(`2 av ${round.campaign.organisations.length} har svarat`);
    expect(blockOf(status.out, 'Närhälsan')).toMatch(/via Teams av Anna Lindqvist/);
    const onTheWeb = blockOf(status.out, 'Folktandvården');
    expect(onTheWeb).toContain('Kontaktperson: Bertil Berg <bertil.berg@vgregion.example>');
    expect(onTheWeb).toMatch(/via webbsidan av Karin Kansli/);
  });
});
