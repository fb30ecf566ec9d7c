import {
  arrayElements,
  compactJson,
  objectMembers,
  skipValue,
} from './jsonText';

describe('jsonText', () => {
  it('lists object members with exact value text', () => {
    expect(
      objectMembers(' { "a" : [1, {"x": "}"}] , "\\u00e9": null } '),
    ).toEqual([
      ['a', '[1, {"x": "}"}]'],
      ['é', 'null'],
    ]);
  });

  it('lists array elements', () => {
    expect(arrayElements('[ 1 , "a,b" , {"c": [2]} ]')).toEqual([
      '1',
      '"a,b"',
      '{"c": [2]}',
    ]);
  });

  it('finds the end of a value', () => {
    expect(skipValue('"a\\"b" rest', 0)).toBe(6);
    expect(skipValue('-1.5e3,', 0)).toBe(6);
  });

  it.each([
    ['{ "a" : 1 }', '{"a":1}'],
    ['{"s":"keep  spaces"}', '{"s":"keep  spaces"}'],
    ['{"s":"<a&b>"}', '{"s":"\\u003ca\\u0026b\\u003e"}'],
    ['{"s":"\\u00e9\\/"}', '{"s":"\\u00e9\\/"}'],
    ['{"s":"a\\"b <"}', '{"s":"a\\"b \\u003c"}'],
  ])('compacts %j', (text, expected) => {
    expect(compactJson(text)).toBe(expected);
  });
});
