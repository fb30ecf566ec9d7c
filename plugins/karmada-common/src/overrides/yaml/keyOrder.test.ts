import { sortYamlKeys, yamlKeyLess } from './keyOrder';

describe('yaml.v2 key order', () => {
  it.each([
    [
      ['k10', 'k9', 'K', 'k', '_x', 'k1'],
      ['_x', 'K', 'k', 'k1', 'k9', 'k10'],
    ],
    [
      ['b', 'a', 'B', '1', '10', '9'],
      ['1', '9', '10', 'B', 'a', 'b'],
    ],
    [
      ['a10b10', 'a10b2', 'a2'],
      ['a2', 'a10b2', 'a10b10'],
    ],
    [
      ['é', 'z', 'Ω'],
      ['z', 'é', 'Ω'],
    ],
    [
      ['ab', 'a'],
      ['a', 'ab'],
    ],
  ])('%j', (keys, expected) => {
    expect(sortYamlKeys(keys)).toEqual(expected);
  });

  it('puts non-letters before letters', () => {
    expect(yamlKeyLess('-a', 'a')).toBe(true);
    expect(yamlKeyLess('a', '-a')).toBe(false);
  });
});
