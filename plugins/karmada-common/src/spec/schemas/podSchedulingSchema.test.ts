import { firstIssue } from '../__testUtils__/firstIssue';
import {
  nodeAffinitySchema,
  nodeRequirementSchema,
  podTolerationSchema,
} from './podSchedulingSchema';

describe('pod scheduling schemas', () => {
  it.each<
    [
      string,
      (
        | typeof nodeRequirementSchema
        | typeof nodeAffinitySchema
        | typeof podTolerationSchema
      ),
      unknown,
      string | RegExp,
    ]
  >([
    [
      'In with values',
      nodeRequirementSchema,
      { key: 'zone', operator: 'In', values: ['a'] },
      'ok',
    ],
    [
      'In without values',
      nodeRequirementSchema,
      { key: 'zone', operator: 'In' },
      'values: needs at least one value when the operator is In',
    ],
    [
      'Exists with values',
      nodeRequirementSchema,
      { key: 'zone', operator: 'Exists', values: ['a'] },
      'values: must be empty when the operator is Exists',
    ],
    [
      'Lt with an integer',
      nodeRequirementSchema,
      { key: 'cpus', operator: 'Lt', values: ['-3'] },
      'ok',
    ],
    [
      'an unknown operator',
      nodeRequirementSchema,
      { key: 'zone', operator: 'Near' },
      /^operator: unknown operator "Near"/,
    ],
    [
      'a required term without expressions',
      nodeAffinitySchema,
      { required: [{ matchExpressions: [] }] },
      'required[0].matchExpressions: needs at least one expression',
    ],
    [
      'a preferred term',
      nodeAffinitySchema,
      {
        preferred: [
          { weight: 1, matchExpressions: [{ key: 'a', operator: 'Exists' }] },
        ],
      },
      'ok',
    ],
    [
      'a toleration of every taint',
      podTolerationSchema,
      { operator: 'Exists' },
      'ok',
    ],
    [
      'PreferNoSchedule on pods',
      podTolerationSchema,
      { key: 'a', effect: 'PreferNoSchedule' },
      'ok',
    ],
    [
      'Equal without a key',
      podTolerationSchema,
      { value: 'x' },
      'operator: must be Exists when no key is given',
    ],
  ])('%s', (_what, schema, value, expected) => {
    expect(firstIssue(schema, value)).toMatch(expected);
  });
});
