import { GoValue } from './goValue';
import { emitYaml } from './yamlEmitter';

const str = (v: string): GoValue => ({ t: 'str', v });
const int = (v: number): GoValue => ({ t: 'int', v: BigInt(v) });
const seq = (...v: GoValue[]): GoValue => ({ t: 'seq', v });
const map = (...entries: Array<[string, GoValue]>): GoValue => ({
  t: 'map',
  v: new Map(entries),
});

// Expected texts were checked against yaml.v2 v2.4 `Marshal`.
describe('emitYaml', () => {
  it.each<[string, GoValue, string]>([
    ['a root string', str('abc'), 'abc\n'],
    ['a root multi-line string', str('a\nb'), '|-\n  a\n  b\n'],
    ['null', { t: 'null' }, 'null\n'],
    ['a float', { t: 'float', v: 1234567.5 }, '1.2345675e+06\n'],
    ['infinity', { t: 'float', v: -Infinity }, '-.inf\n'],
    [
      'nested sequences and a map inside a sequence',
      seq(
        seq(int(1), seq(int(2), int(3))),
        map(['a', map(['b', seq(map(['c', int(1)], ['d', seq()]))])]),
      ),
      '- - 1\n  - - 2\n    - 3\n- a:\n    b:\n    - c: 1\n      d: []\n',
    ],
    [
      'a multi-line key becomes a complex key',
      map(['a\nb', int(1)], ['k', str('x')]),
      '? |-\n  a\n  b\n: 1\nk: x\n',
    ],
    [
      'a literal inside a map inside a sequence',
      seq(str('a\nb'), map(['k', str('line1\nline2')])),
      '- |-\n  a\n  b\n- k: |-\n    line1\n    line2\n',
    ],
    ['single quotes are doubled', map(['s', str("'a' b")]), "s: '''a'' b'\n"],
    [
      'single-quoted text folds at column 80',
      map(['w', str('x '.repeat(50))]),
      "w: 'x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x\n  x x x x x x x x x x x '\n",
    ],
  ])('%s', (_name, value, expected) => {
    expect(emitYaml(value)).toBe(expected);
  });
});
