/**
 * The pool's children start without the variables that cost a Node process time at start-up and that a
 * child has no use for (isolate.ts CHILD_ENV_DROPPED: NODE_EXTRA_CA_CERTS, a certificate bundle parsed
 * as Node starts; a child opens no connection). Everything else of the parent's environment reaches them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { childEnv, CHILD_ENV_DROPPED, runPool } from '../../../../src/hosts/files/read/isolate';

const LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 6 };

// Answers with the value of the variable it is asked for ('-' when the child does not have it).
const CHILD = `
process.on('message', (m) => {
  if ('init' in m) return;
  const v = process.env[m.input];
  process.send({ id: m.id, out: v === undefined ? '-' : v });
});
process.on('disconnect', () => process.exit(0));
`;

describe('childEnv', () => {
  it('drops NODE_EXTRA_CA_CERTS and keeps every other variable as it is', () => {
    const env = { NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', PATH: '/usr/bin', NODE_OPTIONS: '--require x.js', LANG: 'zh_CN.UTF-8' };
    const out = childEnv(env);
    expect(out).toEqual({ PATH: '/usr/bin', NODE_OPTIONS: '--require x.js', LANG: 'zh_CN.UTF-8' });
    // the parent's own environment is not changed
    expect(env.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/certs/ca-certificates.crt');
  });

  it('drops it whatever its case (Windows reads variables so)', () => {
    expect(childEnv({ node_extra_ca_certs: 'x', A: '1' })).toEqual({ A: '1' });
  });

  it('keeps a variable named __proto__ as a variable', () => {
    const env = JSON.parse('{"__proto__": "x", "NODE_EXTRA_CA_CERTS": "y", "B": "2"}') as NodeJS.ProcessEnv;
    const out = childEnv(env);
    expect(Object.keys(out)).toEqual(['__proto__', 'B']);
    expect(Object.getPrototypeOf(out)).toBeNull();
  });

  it('gives the environment itself when none of the dropped variables is set', () => {
    const env = { PATH: '/usr/bin', NODE_EXTRA_CA_CERTS_NOT: 'kept' };
    expect(childEnv(env)).toBe(env);
  });

  it('names only variables a child does not need', () => {
    expect(CHILD_ENV_DROPPED).toEqual(['NODE_EXTRA_CA_CERTS']);
  });
});

describe('a child of the pool', () => {
  let dir: string;
  let script: string;
  const saved = { ca: process.env.NODE_EXTRA_CA_CERTS, mark: process.env.PEIXUN_TEST_MARK };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peixun-env-'));
    script = path.join(dir, 'child.js');
    fs.writeFileSync(script, CHILD);
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [k, v] of [['NODE_EXTRA_CA_CERTS', saved.ca], ['PEIXUN_TEST_MARK', saved.mark]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  async function childSees(names: string[]): Promise<string[]> {
    const out: string[] = [];
    await runPool<string, string>({
      script,
      inputs: names,
      threads: 1,
      resourceLimits: LIMITS,
      timeMs: 30_000,
      onResult: (id, o) => (out[id] = o),
      onLost: (id, why) => (out[id] = `lost ${why}`),
    });
    return out;
  }

  it('does not get NODE_EXTRA_CA_CERTS, and gets the rest of the environment', async () => {
    process.env.NODE_EXTRA_CA_CERTS = path.join(dir, 'no-such-bundle.pem');
    process.env.PEIXUN_TEST_MARK = 'seen';
    expect(await childSees(['NODE_EXTRA_CA_CERTS', 'PEIXUN_TEST_MARK'])).toEqual(['-', 'seen']);
  });

  it('gets the environment as it is when NODE_EXTRA_CA_CERTS is not set', async () => {
    delete process.env.NODE_EXTRA_CA_CERTS;
    process.env.PEIXUN_TEST_MARK = 'again';
    expect(await childSees(['NODE_EXTRA_CA_CERTS', 'PEIXUN_TEST_MARK'])).toEqual(['-', 'again']);
  });
});
