import {
  JSON_PATCH_JSON,
  STD_JSON,
  compareGoStrings,
  goMarshal,
  goQuote,
} from './goJson';

describe('goQuote', () => {
  it.each([
    ['plain', STD_JSON, '"plain"'],
    ['a"b\\c', STD_JSON, '"a\\"b\\\\c"'],
    ['<&>', STD_JSON, '"\\u003c\\u0026\\u003e"'],
    ['\n\r\t', STD_JSON, '"\\n\\r\\t"'],
    ['\b\f', STD_JSON, '"\\b\\f"'],
    ['\b\f', JSON_PATCH_JSON, '"\\u0008\\u000c"'],
    ['\u0001', STD_JSON, '"\\u0001"'],
    ['\u2028\u2029', STD_JSON, '"\\u2028\\u2029"'],
    ['é😀', STD_JSON, '"é😀"'],
    ['\ud800x', STD_JSON, '"\\ufffdx"'],
  ])('%j', (s, style, expected) => {
    expect(goQuote(s, style)).toBe(expected);
  });
});

describe('compareGoStrings (UTF-8 byte order)', () => {
  it('orders by code point, unlike UTF-16 comparison', () => {
    expect(['\uffff', '😀', 'a', 'B'].sort(compareGoStrings)).toEqual([
      'B',
      'a',
      '\uffff',
      '😀',
    ]);
  });
});

describe('goMarshal', () => {
  it('sorts keys and formats numbers like encoding/json', () => {
    expect(goMarshal({ b: [1, 1.5, null, true], a: { '<': 'x' } })).toBe(
      '{"a":{"\\u003c":"x"},"b":[1,1.5,null,true]}',
    );
  });
});
