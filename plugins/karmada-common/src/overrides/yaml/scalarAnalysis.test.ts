import {
  ScalarStyle,
  analyzeScalar,
  selectScalarStyle,
} from './scalarAnalysis';

const cps = (s: string) => Array.from(s, c => c.codePointAt(0) ?? 0);
const block = { flowLevel: 0, simpleKey: false };
const key = { flowLevel: 0, simpleKey: true };

describe('libyaml scalar style selection', () => {
  it.each<
    [
      string,
      ScalarStyle,
      { flowLevel: number; simpleKey: boolean },
      ScalarStyle,
    ]
  >([
    ['plain', 'plain', block, 'plain'],
    ['a: b', 'plain', block, 'single'],
    ['a:b', 'plain', block, 'plain'],
    ['- x', 'plain', block, 'single'],
    ['-x', 'plain', block, 'plain'],
    ['x #y', 'plain', block, 'single'],
    ['x#y', 'plain', block, 'plain'],
    [' lead', 'plain', block, 'single'],
    ['tab\tx', 'plain', block, 'double'],
    ['a\nb', 'literal', block, 'literal'],
    ['a\nb', 'literal', key, 'double'],
    ['a \nb', 'literal', block, 'double'],
    ['', 'plain', key, 'single'],
    ['a,b', 'plain', { flowLevel: 1, simpleKey: false }, 'single'],
  ])('%j requested %s → %s', (text, requested, context, expected) => {
    const values = cps(text);
    expect(
      selectScalarStyle(
        requested,
        analyzeScalar(values),
        values.length === 0,
        context,
      ),
    ).toBe(expected);
  });
});
