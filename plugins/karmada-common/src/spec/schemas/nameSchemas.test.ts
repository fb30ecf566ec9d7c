import { z } from 'zod';
import { firstIssue } from '../__testUtils__/firstIssue';
import {
  annotationMapSchema,
  clusterNameSchema,
  envVarNameSchema,
  labelMapSchema,
  nonEmptyLabelValueSchema,
  uniqueList,
} from './nameSchemas';

describe('name schemas', () => {
  it.each<[z.ZodType, unknown, string | RegExp]>([
    [labelMapSchema, { 'app.kubernetes.io/part-of': 'shop', tier: '' }, 'ok'],
    [
      labelMapSchema,
      { 'bad key': 'x' },
      /^\["bad key"\]: key "bad key": name part must consist/,
    ],
    [
      labelMapSchema,
      { tier: 'has space' },
      /^tier: value "has space" must consist/,
    ],
    [annotationMapSchema, { 'example.com/note': 'anything: goes here' }, 'ok'],
    [
      annotationMapSchema,
      { note: 'x'.repeat(256 * 1024) },
      /^: must be no more than 256 KiB in total/,
    ],
    [clusterNameSchema, 'member-1', 'ok'],
    [
      clusterNameSchema,
      'c'.repeat(49),
      /^: "c+" must be no more than 48 characters/,
    ],
    [nonEmptyLabelValueSchema, '', ': must not be empty'],
    [envVarNameSchema, 'MY_VAR.1', 'ok'],
    [envVarNameSchema, 'MY VAR', /^: "MY VAR" must consist of letters/],
  ])('%#: %j', (schema, value, expected) => {
    expect(firstIssue(schema, value)).toMatch(expected);
  });

  it('names the repeated entry of a unique list', () => {
    const result = uniqueList(z.string(), 'cluster').safeParse(['a', 'b', 'a']);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: [2],
        message: 'cluster "a" is listed twice',
      }),
    ]);
  });
});
