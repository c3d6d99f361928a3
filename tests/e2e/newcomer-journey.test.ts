/**
 * The newcomer's journey, with the commands the README gives: build, `serve --demo`, answer in Teams
 * (Agents Playground, API) and on the response page, then `campaign status`. Everything runs as child
 * processes from dist/, in a temporary working folder, inside a loopback-only network namespace.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CAMPAIGN_ID } from '../../src/cli/demo';
import { formOn, load, send, text } from '../support/browser-like';
import { buildDist } from '../support/build';
import { requestEmail, responseLinkFromEmail, responseLinkIn } from '../support/outbox';
import {
  assertLoopbackOnly,
  demoPlaygroundConfig,
  messageUpdated,
  type PlaygroundHandle,
  type PlaygroundStream,
} from '../support/playground';
import { freePort, runNode, startNode, type LongRunning } from '../support/serve-process';
import { cardText, fillAndPress, responseCard } from '../support/teams-cards';
import { waitUntil } from '../support/wait-until';
import { cardIn, requestPosted } from './support/channel-posts';
import { FOLKTANDVARDEN_CHANNEL, NARHALSAN_CHANNEL, startDemoPlayground } from './support/demo';

interface StatusJson {
  organisations: { id: string; deliveries: { channel: string; state: string }[] }[];
}

const ANNA = demoPlaygroundConfig().users.find((u) => u.name === 'Anna Lindqvist')!;

interface DemoService {
  serve: LongRunning;
  env: NodeJS.ProcessEnv;
  /** The link `serve --demo` prints for Närhälsan's response page. */
  link: string;
}

/** `serve --demo` on a free port; another process may take the port first, so it tries again then. */
async function startDemoService(main: string, workDir: string): Promise<DemoService> {
  for (let attempt = 1; ; attempt += 1) {
    const env = {
      PORT: String(await freePort()),
      SQLITE_PATH: join(workDir, 'data', 'intake.db'),
      OUTBOX_DIR: join(workDir, 'outbox'),
    };
    const serve = startNode(main, ['serve', '--demo'], { cwd: workDir, env });
    try {
      const [, link] = await serve.waitForOutput(/Svarssida för Närhälsan: (\S+)/);
      return { serve, env, link: link! };
    } catch (err) {
      await serve.stop();
      if (attempt < 3 && /EADDRINUSE/.test(String(err))) continue;
      throw err;
    }
  }
}

/** The lines `campaign status` prints for one organisation: its name line and the indented ones below. */
function blockOf(status: string, orgName: string): string {
  const lines = status.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${orgName} `));
  if (start < 0) throw new Error(`${orgName} is not in the status:\n${status}`);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe("a newcomer's first run: build, serve --demo, answer in Teams and on the web, status", () => {
  let main: string;
  let workDir: string;
  let service: DemoService | undefined;
  let playground: PlaygroundHandle | undefined;
  let stream: PlaygroundStream | undefined;

  beforeAll(async () => {
    assertLoopbackOnly("The newcomer's journey e2e test");
    main = await buildDist();
    workDir = mkdtempSync(join(tmpdir(), 'contact-intake-newcomer-'));
  }, 120_000);

  afterAll(async () => {
    await stream?.close();
    await playground?.stop();
    await service?.serve.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  test('the demo round is answered in Teams and on the response page, and status shows both', async () => {
    service = await startDemoService(main, workDir);
    const { serve, env } = service;
    expect(serve.output()).toContain(`(${DEMO_CAMPAIGN_ID}) är skickad`);
    const url = `http://localhost:${env.PORT}`;
    expect(service.link.startsWith(`${url}/respond/`)).toBe(true);

    // The link printed is the one in Närhälsan's request e-mail.
    const mail = await requestEmail(env.OUTBOX_DIR!, DEMO_CAMPAIGN_ID, 'narhalsan');
    expect(mail.to?.map((a) => a.address)).toEqual(['narhalsan@vgregion.example']);
    expect(responseLinkIn(mail.text ?? '')).toBe(service.link);

    playground = await startDemoPlayground(`${url}/api/messages`, 'newcomer-journey');
    stream = await playground.client.openStream();
    await playground.client.triggerInstallation(NARHALSAN_CHANNEL);
    const narhalsan = await requestPosted(stream, NARHALSAN_CHANNEL);
    const folktandvarden = await requestPosted(stream, FOLKTANDVARDEN_CHANNEL);
    // The cards show before the service has recorded them as sent (which later updates need); the
    // operator's status command says when it has.
    await waitUntil(
      'status shows both Teams requests sent',
      async () => {
        const json = await runNode(main, ['campaign', 'status', DEMO_CAMPAIGN_ID, '--json'], {
          cwd: workDir,
          env,
        });
        const teams = (JSON.parse(json.out) as StatusJson).organisations.flatMap((o) =>
          o.deliveries.filter((d) => d.channel === 'teams'),
        );
        return teams.length === 2 && teams.every((d) => d.state === 'sent');
      },
      15_000,
    );

    // Närhälsan answers in Teams.
    const press = fillAndPress(narhalsan.card, 'submitAnswer', {
      'contact.1.name': 'Karin Kontakt',
      'contact.1.email': 'karin.kontakt@vgregion.example',
    });
    const answered = await playground.client.invokeAction(
      narhalsan.threadId,
      ANNA.id,
      narhalsan.messageId,
      press.verb,
      press.data,
    );
    expect(cardText(responseCard(answered))).toContain('Karin Kontakt');

    // Folktandvården answers on the response page its e-mail links to, as a browser without JavaScript would.
    const webLink = await responseLinkFromEmail(env.OUTBOX_DIR!, DEMO_CAMPAIGN_ID, 'folktandvarden');
    const page = await load(webLink);
    expect(page.status).toBe(200);
    expect(text(page.doc.querySelector('main'))).toContain('Förfrågan till: Folktandvården');
    const before = stream.count;
    const sent = await send(formOn(page, webLink), {
      'contact.1.name': 'Bertil Berg',
      'contact.1.email': 'bertil.berg@vgregion.example',
      declaredName: 'Karin Kansli',
    });
    expect(sent.status).toBe(303);
    const after = await load(new URL(sent.headers.get('location')!, webLink).toString());
    expect(text(after.doc.getElementById('saved-banner'))).toContain('Tack! Ert svar är sparat.');
    // Folktandvården's card in Teams now shows the answer given on the web.
    const update = await stream.waitFor(messageUpdated(folktandvarden.messageId), 5000, before);
    expect(cardText(cardIn(update))).toContain('Bertil Berg');

    const status = await runNode(main, ['campaign', 'status', DEMO_CAMPAIGN_ID], { cwd: workDir, env });
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/2 av \d+ har svarat/);
    const inTeams = blockOf(status.out, 'Närhälsan');
    expect(inTeams).toContain('Kontaktperson: Karin Kontakt <karin.kontakt@vgregion.example>');
    expect(inTeams).toMatch(/via Teams av Anna Lindqvist/);
    const onTheWeb = blockOf(status.out, 'Folktandvården');
    expect(onTheWeb).toContain('Kontaktperson: Bertil Berg <bertil.berg@vgregion.example>');
    expect(onTheWeb).toMatch(/via webbsidan av Karin Kansli/);

    await stream.close();
    await playground.stop();
    // Ctrl-C (SIGTERM) ends the service by itself.
    expect(await serve.stop()).toEqual({ code: 0, signal: null });
  });
});
