import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { CommandIo } from '../io';
import { render } from './render';

const SPEC = `
instance: local
namespace: team-a
name: web
placement: { mode: clusters, clusterNames: [member1, member2] }
replicas: 2
containers:
  - name: web
    image: nginx:1.25
    env:
      - name: PASSWORD
        valueFrom: { secretKeyRef: { name: db, key: password } }
differential:
  - clusters: [member2]
    image: { tag: "1.26" }
`;

function fakeIo(stdin = '') {
  const out = { stdout: '', stderr: '' };
  const io: CommandIo = {
    readStdin: async () => stdin,
    stdout: text => {
      out.stdout += text;
    },
    stderr: text => {
      out.stderr += text;
    },
  };
  return { io, out };
}

describe('karmada-preview render', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'karmada-preview-render-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('prints the manifests as YAML and the dependencies on stderr', async () => {
    const file = path.join(dir, 'web.yaml');
    await fs.writeFile(file, SPEC);
    const { io, out } = fakeIo();
    expect(await render([file], io)).toBe(0);
    const docs = parseAllDocuments(out.stdout).map(d => d.toJS());
    expect(docs.map(d => `${d.kind}/${d.metadata.name}`)).toEqual([
      'Deployment/web',
      'PropagationPolicy/web',
      'OverridePolicy/web',
    ]);
    expect(out.stderr).toContain('Secret team-a/db (containers[0].env[0])');
  });

  it('reads stdin and prints a v1 List with -o json', async () => {
    const { io, out } = fakeIo(SPEC);
    expect(await render(['-', '-o', 'json'], io)).toBe(0);
    const list = JSON.parse(out.stdout);
    expect(list).toMatchObject({ apiVersion: 'v1', kind: 'List' });
    expect(list.items.map((o: { kind: string }) => o.kind)).toEqual([
      'Deployment',
      'PropagationPolicy',
      'OverridePolicy',
    ]);
  });

  it('records the initiator and template it is given', async () => {
    const { io, out } = fakeIo(SPEC);
    expect(
      await render(
        [
          '-',
          '--output',
          'yaml',
          '--initiator',
          'user:default/jane',
          '--template',
          'template:default/t',
        ],
        io,
      ),
    ).toBe(0);
    const [deployment] = parseAllDocuments(out.stdout).map(d => d.toJS());
    expect(deployment.metadata.annotations).toEqual({
      'karmada.backstage.io/created-by': 'user:default/jane',
      'karmada.backstage.io/template': 'template:default/t',
    });
  });

  it('prints the same bytes every time', async () => {
    const runs = await Promise.all(
      [1, 2].map(async () => {
        const { io, out } = fakeIo(SPEC);
        await render(['-'], io);
        return out.stdout;
      }),
    );
    expect(runs[1]).toBe(runs[0]);
  });

  it.each([
    [
      'a bad spec',
      ['-'],
      SPEC.replace('image: nginx:1.25', 'image: Nginx:1.25'),
      /^karmada-preview: Container image \(containers\[0\]\.image\): "Nginx:1\.25" has an uppercase repository.*\n$/,
    ],
    [
      'YAML that does not parse',
      ['-'],
      'name: [unclosed',
      /^karmada-preview: -: .+\n$/,
    ],
    [
      'a missing file',
      ['/nonexistent/spec.yaml'],
      '',
      /^karmada-preview: cannot read \/nonexistent\/spec\.yaml: .+\n$/,
    ],
    [
      'no file',
      [],
      '',
      /^karmada-preview: missing the workload spec file.*\nusage: /,
    ],
    [
      'an unknown format',
      ['-', '-o', 'table'],
      SPEC,
      /^karmada-preview: unknown output format "table"/,
    ],
  ])('exits 2 on %s', async (_what, args, stdin, message) => {
    const { io, out } = fakeIo(stdin);
    expect(await render(args, io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });
});
