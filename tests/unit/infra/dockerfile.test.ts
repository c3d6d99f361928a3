import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { envSchema } from '../../../src/config/env-schema';
import { literal } from './bicep-text';
import { param, readInfraFile, ROOT } from './infra-files';

/**
 * There is no Docker daemon on these machines, so the image is never built here. These checks read the
 * Dockerfile for what a build or a container platform would otherwise catch late: the wrong Node, root at
 * run time, a start command that is not the one App Service runs, files the build context leaves out.
 */

interface Instruction {
  op: string;
  args: string;
  stage: number;
}

function instructions(text: string): Instruction[] {
  let stage = -1;
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [, op, args] = /^(\w+)\s+([\s\S]*)$/.exec(l)!;
      if (op!.toUpperCase() === 'FROM') stage++;
      return { op: op!.toUpperCase(), args: args!.replace(/\s+/g, ' ').trim(), stage };
    });
}

const dockerfile = instructions(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
const dockerignore = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const froms = dockerfile.filter((i) => i.op === 'FROM');
const last = froms.length - 1;
const final = dockerfile.filter((i) => i.stage === last);
const stageName = (n: number) => / AS (\S+)$/i.exec(froms[n]!.args)?.[1];
const nodeMajor = /^NODE_VERSION=(\d+)$/.exec(
  dockerfile.find((i) => i.op === 'ARG' && i.stage === -1)?.args ?? '',
)?.[1];

/** Whether the build context leaves a path out: a pattern names it or one of its folders. */
const ignored = (p: string) => dockerignore.some((pattern) => p === pattern || p.startsWith(`${pattern}/`));

describe('the Dockerfile', () => {
  it('builds every stage on Debian bookworm-slim with the Node major App Service runs', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    expect(froms.filter((f) => !/^node:\$\{NODE_VERSION\}-bookworm-slim( AS \S+)?$/.test(f.args))).toEqual(
      [],
    );
    const runtime = literal(param(readInfraFile('infra/main.bicep'), 'linuxFxVersion').defaultValue);
    expect(nodeMajor).toBeDefined();
    expect(runtime).toBe(`NODE|${nodeMajor}-lts`);
  });

  it('compiles the TypeScript in a build stage and takes only its output', () => {
    const build = dockerfile.find((i) => i.op === 'RUN' && i.args === 'npm run build');
    expect(build).toBeDefined();
    expect(build!.stage).toBeLessThan(last);
    const install = dockerfile.filter(
      (i) => i.stage === build!.stage && i.op === 'RUN' && /\bnpm ci\b/.test(i.args),
    );
    expect(install.map((i) => i.args)).not.toContainEqual(expect.stringMatching(/--omit=dev/));
    expect(install).toHaveLength(1);
    const copied = final.filter((i) => i.op === 'COPY' && i.args.includes('/app/dist'));
    expect(copied.map((i) => i.args)).toEqual([`--from=${stageName(build!.stage)} /app/dist ./dist`]);
  });

  it('takes production dependencies built on the runtime image itself (better-sqlite3 is native)', () => {
    const deps = dockerfile.find((i) => i.op === 'RUN' && /\bnpm ci --omit=dev\b/.test(i.args));
    expect(deps).toBeDefined();
    // Same base image as the runtime stage: the native module's ABI is that Node's.
    expect(froms[deps!.stage]!.args.split(' ')[0]).toBe(froms[last]!.args.split(' ')[0]);
    const copy = final.find((i) => i.op === 'COPY' && i.args.includes('/app/node_modules'));
    expect(copy?.args).toBe(`--from=${stageName(deps!.stage)} /app/node_modules ./node_modules`);
    expect(dockerfile.find((i) => i.stage === deps!.stage && /apt-get install/.test(i.args))?.args).toMatch(
      /python3 make g\+\+/,
    );
  });

  it('runs as a non-root user, in production mode, on the port the service listens on by default', () => {
    const user = final.filter((i) => i.op === 'USER').pop()?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const env = final
      .filter((i) => i.op === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    const port = String(envSchema.shape.PORT.parse(undefined));
    expect(final.find((i) => i.op === 'EXPOSE')?.args).toBe(port);
    expect(env).toMatch(new RegExp(`\\bPORT=${port}\\b`));
  });

  it('checks its health with Node on /healthz, without curl or wget', () => {
    const check = final.find((i) => i.op === 'HEALTHCHECK')?.args ?? '';
    const command = JSON.parse(/CMD (\[.*\])$/.exec(check)![1]!) as string[];
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    expect(command[2]).toMatch(
      /fetch\('http:\/\/127\.0\.0\.1:' \+ \(process\.env\.PORT \|\| 3978\) \+ '\/healthz'/,
    );
    expect(check).not.toMatch(/\b(curl|wget)\b/);
  });

  it('starts the service exactly as App Service does, with the file the build produces', () => {
    const cmd = JSON.parse(final.filter((i) => i.op === 'CMD').pop()!.args) as string[];
    expect(cmd).toEqual(['node', 'dist/src/cli/main.js', 'serve']);
    const startup = readInfraFile('infra/main.bicep').modules.find(
      (m) => m.target === 'modules/web-app.bicep',
    )!;
    expect(literal(startup.body.object('params')!.get('startupCommand'))).toBe(cmd.join(' '));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(Object.values(pkg.bin)).toContain(cmd[1]);
  });
});

describe('the build context (.dockerignore)', () => {
  it('leaves out local data, build output, dependencies, secrets and the git history', () => {
    const mustLeaveOut = ['node_modules', 'dist', 'data', 'outbox', 'tests/artifacts', '.git', '.env'];
    expect(mustLeaveOut.filter((p) => !ignored(p))).toEqual([]);
  });

  it('keeps every file the Dockerfile copies from the repository', () => {
    const sources = dockerfile
      .filter((i) => i.op === 'COPY' && !i.args.startsWith('--from='))
      .flatMap((i) => i.args.split(' ').slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => !existsSync(path.join(ROOT, s)) || ignored(s))).toEqual([]);
  });
});
