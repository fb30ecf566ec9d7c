import { performance } from 'node:perf_hooks';
import { main, MainIo } from './main';

function io(stop: Promise<string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: MainIo = {
    stdout: t => out.push(t),
    stderr: t => err.push(t),
    stopSignal: () => stop,
  };
  return { value, out, err };
}

describe('karmada-emulator command', () => {
  it('prints where it listens, serves, and closes on a stop signal', async () => {
    let stop: (signal: string) => void = () => undefined;
    const signal = new Promise<string>(resolve => {
      stop = resolve;
    });
    const terminal = io(signal);
    const exit = main(['--port', '0', '--ready-after', '0'], terminal.value);
    for (let i = 0; i < 200 && terminal.out.length === 0; i += 1)
      await new Promise(resolve => setTimeout(resolve, 25));
    const [line] = terminal.out;
    expect(line).toMatch(
      /^Karmada emulator listening on http:\/\/127\.0\.0\.1:\d+ \(13 clusters\)\n$/,
    );
    const url = /(http:\/\/\S+)/.exec(line)?.[1];
    const response = await fetch(
      `${url}/apis/cluster.karmada.io/v1alpha1/clusters`,
    );
    expect((await response.json()).items).toHaveLength(13);
    stop('SIGTERM');
    expect(await exit).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('adds --latency to every response', async () => {
    let stop: (signal: string) => void = () => undefined;
    const signal = new Promise<string>(resolve => {
      stop = resolve;
    });
    const terminal = io(signal);
    const exit = main(
      ['--port', '0', '--ready-after', '0', '--latency', '150'],
      terminal.value,
    );
    for (let i = 0; i < 200 && terminal.out.length === 0; i += 1)
      await new Promise(resolve => setTimeout(resolve, 25));
    const url = /(http:\/\/\S+)/.exec(terminal.out[0])?.[1];
    const start = performance.now();
    const response = await fetch(`${url}/api/v1/namespaces/team-a`);
    const elapsed = performance.now() - start;
    expect(response.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(150);
    stop('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('exits 2 with a one-line reason on a bad command line', async () => {
    const terminal = io(new Promise(() => undefined));
    expect(await main(['--fail-rate', 'often'], terminal.value)).toBe(2);
    expect(terminal.err[0].split('\n')[0]).toBe(
      'karmada-emulator: --fail-rate needs a non-negative number, got "often"',
    );
  });

  it('exits 1 when it cannot start', async () => {
    const terminal = io(new Promise(() => undefined));
    expect(
      await main(
        ['--port', '0', '--fleet', '/nonexistent/fleet.yaml'],
        terminal.value,
      ),
    ).toBe(1);
    expect(terminal.err[0]).toMatch(/^karmada-emulator: cannot start: ENOENT/);
  });
});
