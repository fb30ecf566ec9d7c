import { z } from 'zod';
import { specErrorMap } from './specErrorMap';

function reasonOf(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input, { error: specErrorMap });
  return result.error?.issues[0]?.message;
}

describe('specErrorMap', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['missing field', z.object({ a: z.string() }), {}, 'is required'],
    ['wrong type', z.number(), 'three', 'must be a number, not "three"'],
    ['list for text', z.string(), ['a'], 'must be text, not a list'],
    [
      'unknown key',
      z.strictObject({ a: z.string() }),
      { a: 'x', b: 1 },
      'unknown field "b"',
    ],
    ['enum', z.enum(['A', 'B']), 'C', '"C" is not one of A, B'],
    ['short list', z.array(z.string()).min(2), ['a'], 'needs at least 2 items'],
    ['empty text', z.string().min(1), '', 'must not be empty'],
    ['big number', z.number().max(3), 4, 'must be at most 3'],
    ['long list', z.array(z.number()).max(1), [1, 2], 'allows at most 1 item'],
  ])('%s', (_what, schema, input, expected) => {
    expect(reasonOf(schema, input)).toBe(expected);
  });

  it('leaves messages set on the schema alone', () => {
    expect(reasonOf(z.number().min(1, { error: 'must be 1 or more' }), 0)).toBe(
      'must be 1 or more',
    );
  });
});
