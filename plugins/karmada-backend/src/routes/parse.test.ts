import { z } from 'zod';
import { parse } from './parse';

describe('parse', () => {
  const schema = z.strictObject({
    spec: z.object({ replicas: z.number().int().min(0) }),
    dryRun: z.boolean().optional(),
  });

  it('returns the parsed value', () => {
    expect(parse(schema, { spec: { replicas: 2 } }, 'body')).toEqual({
      spec: { replicas: 2 },
    });
  });

  it('throws an InputError naming the path of the first problem, listing all', () => {
    expect(() =>
      parse(schema, { spec: { replicas: -1 }, dryRun: 'yes' }, 'body'),
    ).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringMatching(/^body\.spec\.replicas: /),
        issues: [
          expect.objectContaining({ path: 'body.spec.replicas' }),
          expect.objectContaining({ path: 'body.dryRun' }),
        ],
      }),
    );
  });
});
