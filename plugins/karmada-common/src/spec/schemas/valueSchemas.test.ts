import { z } from 'zod';
import { firstIssue } from '../__testUtils__/firstIssue';
import {
  intOrPercentSchema,
  namedPortSchema,
  portNameError,
  quantitySchema,
} from './valueSchemas';

// Table rows give a pattern for the reason, or undefined when the value is valid.
const like = (pattern: RegExp | undefined) =>
  pattern ? expect.stringMatching(pattern) : undefined;

describe('portNameError', () => {
  it.each([
    ['http', undefined],
    ['metrics-9090', undefined],
    ['a-very-long-port-name', /1 to 15 characters/],
    ['HTTP', /lowercase letters, digits and '-'/],
    ['8080', /at least one letter/],
    ['web--ui', /consecutive '-'/],
    ['-web', /begin or end with '-'/],
  ])('%s', (name, expected) => {
    expect(portNameError(name)).toEqual(like(expected));
  });
});

describe('value schemas', () => {
  it.each<[z.ZodType, unknown, string | RegExp]>([
    [quantitySchema, '500m', 'ok'],
    [quantitySchema, 2, 'ok'],
    [quantitySchema, '1.5Gi', 'ok'],
    [quantitySchema, '1GB', /^: "1GB" is not a valid quantity/],
    [quantitySchema, '-1', ': "-1" must not be negative'],
    [quantitySchema, true, ': must be a quantity such as "500m", "1Gi" or 2'],
    [intOrPercentSchema, 0, 'ok'],
    [intOrPercentSchema, '25%', 'ok'],
    [
      intOrPercentSchema,
      '25',
      /^: "25" must be a whole number ≥ 0 or a percentage/,
    ],
    [intOrPercentSchema, 1.5, /^: "1.5" must be a whole number/],
    [intOrPercentSchema, -1, /^: "-1" must be a whole number/],
    [namedPortSchema, 8080, 'ok'],
    [namedPortSchema, 'http', 'ok'],
    [namedPortSchema, 0, /^: must be/],
  ])('%#: %j', (schema, value, expected) => {
    expect(firstIssue(schema, value)).toMatch(expected);
  });
});
