import { parseArgs } from './parseArgs';

describe('parseArgs', () => {
  it('has defaults', () => {
    expect(parseArgs([])).toEqual({
      help: false,
      host: '127.0.0.1',
      port: 7443,
      latencyMs: 0,
      failRate: 0,
      faultKinds: ['500'],
    });
  });

  it('reads every option, with separate or inline values', () => {
    expect(
      parseArgs([
        '--host',
        '0.0.0.0',
        '--port=0',
        '--fleet',
        'f.yaml',
        '--no-seed',
        '--data',
        'd.json',
        '--latency',
        '25',
        '--fail-rate',
        '0.1',
        '--fault-kinds',
        '500,reset',
        '--ready-after',
        '0',
        '--history-size',
        '10',
      ]),
    ).toEqual({
      help: false,
      host: '0.0.0.0',
      port: 0,
      fleet: 'f.yaml',
      seed: false,
      dataFile: 'd.json',
      latencyMs: 25,
      failRate: 0.1,
      faultKinds: ['500', 'reset'],
      readyAfterMs: 0,
      historySize: 10,
    });
    expect(parseArgs(['--seed', 's.yaml']).seed).toBe('s.yaml');
  });

  it('names what is wrong', () => {
    expect(() => parseArgs(['--port', 'x'])).toThrow(
      '--port needs a non-negative integer, got "x"',
    );
    expect(() => parseArgs(['--fail-rate', '2'])).toThrow(
      '--fail-rate needs a number between 0 and 1, got 2',
    );
    expect(() => parseArgs(['--data'])).toThrow('--data needs a value');
    expect(() => parseArgs(['--verbose'])).toThrow(
      'unknown option "--verbose"',
    );
  });
});
