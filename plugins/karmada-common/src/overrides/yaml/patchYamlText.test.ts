import { patchYamlText } from './patchYamlText';

// Expected texts were checked against yaml.v2 v2.4 with json-patch v5.9.11.
const addZ = [{ op: 'add', path: '/zz', value: 1 }];

describe('patchYamlText (YAMLToJSON → patch → JSONToYAML)', () => {
  it.each([
    [
      'flow collections become block style, lists unindented',
      'a:\n  b: [1, 2]\n  c: {d: e}\n',
      'a:\n  b:\n  - 1\n  - 2\n  c:\n    d: e\nzz: 1\n',
    ],
    [
      'empty collections stay flow',
      'e1: []\ne2: {}\nl: [[], {}]\n',
      'e1: []\ne2: {}\nl:\n- []\n- {}\nzz: 1\n',
    ],
    [
      'keys in yaml.v2 natural order',
      'k10: a\nk9: b\nK: c\nk: d\n_x: e\nk01: f\n1: g\n',
      '_x: e\n"1": g\nK: c\nk: d\nk01: f\nk9: b\nk10: a\nzz: 1\n',
    ],
    ['comments are dropped', '# head\nname: x # tail\n', 'name: x\nzz: 1\n'],
    [
      'long plain strings fold at column 80',
      'long: The quick brown fox jumps over the lazy dog and keeps running far beyond the eightieth column of this text\n',
      'long: The quick brown fox jumps over the lazy dog and keeps running far beyond the\n  eightieth column of this text\nzz: 1\n',
    ],
    [
      'non-string keys become strings',
      '1.5: a\n0.1: b\non: c\n0x10: d\n2024-01-02: e\n',
      '"0.1": b\n"1.5": a\n"16": d\n"2024-01-02": e\n"true": c\nzz: 1\n',
    ],
    [
      'merge keys merge, earlier maps win',
      '<<: {a: 1, b: 2}\nb: 3\nc: {<<: [{x: 1}, {x: 2, y: 3}]}\n',
      'a: 1\nb: 3\nc:\n  "true": 3\n  x: 1\nzz: 1\n',
    ],
    ['!!str keeps a number a string', 't: !!str 123\n', 't: "123"\nzz: 1\n'],
    ['only the first document is read', 'a: b\n---\nc: d\n', 'a: b\nzz: 1\n'],
    [
      'a long key is written as a complex key',
      `? ${'z'.repeat(130)}\n: v\n`,
      `zz: 1\n? ${'z'.repeat(130)}\n: v\n`,
    ],
  ])('%s', (_name, input, expected) => {
    expect(patchYamlText(input, addZ)).toBe(expected);
  });

  it.each([
    [
      'floats',
      'f: [1.5, 1234567.5, 0.0000001, 0.0001, 100000.5, 1.0, -0.0, 1e21, 3.0e2]\n',
      'f:\n- 1.5\n- 1.2345675e+06\n- 1e-07\n- 0.0001\n- 100000.5\n- 1\n- 0\n- 1e+21\n- 300\nzz: 1\n',
    ],
    [
      'integers',
      'i: [0x1F, 0777, 1_000, 08, +5, -0x10, 0b101, 12345678901234567890, 99999999999999999999]\n',
      'i:\n- 31\n- 511\n- 1000\n- 8\n- 5\n- -16\n- 5\n- 12345678901234567890\n- 1e+20\nzz: 1\n',
    ],
    [
      'timestamps stay strings',
      'd: 2001-12-14t21:59:43.10-05:00\n',
      'd: "2001-12-14t21:59:43.10-05:00"\nzz: 1\n',
    ],
  ])('YAML 1.1 typing: %s', (_name, input, expected) => {
    expect(patchYamlText(input, addZ)).toBe(expected);
  });

  it('quotes strings that would read back as something else, single-quotes indicators', () => {
    const values = [
      'off',
      'y',
      '1.0',
      '8080',
      '',
      'true',
      '2024-01-02',
      '1:20',
      'a: b',
      '- x',
      '#c',
      'x #y',
      "'q'",
      ' lead',
      'trail ',
      'tab\tx',
      'é',
      '\u{1F600}',
      '<<',
      '@at',
      'a,b',
      '[x]',
      'null',
      '~',
      '-',
      '---',
      'x:',
    ];
    expect(
      patchYamlText('{}', [{ op: 'add', path: '/s', value: values }]),
    ).toBe(
      `s:\n- "off"\n- "y"\n- "1.0"\n- "8080"\n- ""\n- "true"\n- "2024-01-02"\n- "1:20"\n- 'a: b'\n- '- x'\n- '#c'\n- 'x #y'\n- '''q'''\n- ' lead'\n- 'trail '\n- "tab\\tx"\n- é\n- "\\U0001F600"\n- <<\n- '@at'\n- a,b\n- '[x]'\n- "null"\n- "~"\n- '-'\n- '---'\n- 'x:'\n`,
    );
  });

  it('writes multi-line strings as literal blocks with chomping and indentation hints', () => {
    const values = ['a\nb', 'a\nb\n', 'a\n\n', ' a\nb', '\na', 'trail \nx'];
    expect(
      patchYamlText('{}', [{ op: 'add', path: '/m', value: values }]),
    ).toBe(
      'm:\n- |-\n  a\n  b\n- |\n  a\n  b\n- |+\n  a\n\n- |2-\n   a\n  b\n- |2-\n\n  a\n- "trail \\nx"\n',
    );
  });

  it.each([
    [
      'a raw NEL in a value folds like a YAML 1.1 line break',
      'a\u0085b',
      'v: a b\n',
    ],
    ['two NELs leave one newline', 'a \u0085\u0085 b', 'v: |-\n  a\n  b\n'],
    [
      'a leading byte order mark escapes every character',
      '\ufeffbom',
      'v: "\\uFEFF\\x62\\x6F\\x6D"\n',
    ],
    ['non-printable characters are escaped', '\u0007bell', 'v: "\\abell"\n'],
  ])('%s', (_name, value, expected) => {
    expect(patchYamlText('{}', [{ op: 'add', path: '/v', value }])).toBe(
      expected,
    );
  });

  it.each([
    ['unparseable YAML', 'a: [1, 2\n', addZ, 'yaml:'],
    ['an empty document (null)', '', addZ, 'invalid value, expected object'],
    [
      'a failing sub-patch',
      'a: 1\n',
      [{ op: 'remove', path: '/b' }],
      'unable to remove nonexistent key',
    ],
    ['NaN, which JSON cannot carry', 'a: .nan\n', addZ, 'unsupported value'],
    ['a null key', '~: 1\n', addZ, 'unsupported map key'],
    ['a map as a key', '? {a: 1}\n: 2\n', addZ, 'invalid map key'],
    [
      'a control character from an inserted value',
      'a: 1\n',
      [{ op: 'add', path: '/b', value: 'a\u007fb' }],
      'control characters are not allowed',
    ],
    [
      'anchors (not supported)',
      'a: &x 1\nb: *x\n',
      addZ,
      'unsupported YAML feature: anchors',
    ],
    [
      'tags other than !!str (not supported)',
      'a: !!int "1"\n',
      addZ,
      'unsupported YAML feature: tag',
    ],
    [
      'tabs in indentation (not supported)',
      'a:\n\t- b\n',
      addZ,
      'unsupported YAML feature: tab',
    ],
    [
      'NEL in the document (not supported)',
      'a: x\u0085y\n',
      addZ,
      'unsupported YAML feature: NEL',
    ],
    [
      '"?" in a flow plain scalar (not supported)',
      'a: [x?y]\n',
      addZ,
      'unsupported YAML feature: plain scalar',
    ],
  ])('fails on %s', (_name, input, ops, message) => {
    expect(() => patchYamlText(input, ops)).toThrow(message);
  });
});
