import { KubernetesObject, Overriders } from '../types';
import { deployment } from './__fixtures__/builders';
import { applyResourcePatch, applyRule } from './applyRule';
import { OverriderName } from './types';

const source = {
  policy: { kind: 'ClusterOverridePolicy' as const, name: 'p' },
  ruleIndex: 0,
};
const annotations = (r: KubernetesObject) => r.metadata?.annotations;

describe('applyRule: the fixed overrider order', () => {
  it('runs plaintext after the annotations overrider of the same rule', () => {
    const overriders: Overriders = {
      plaintext: [
        {
          path: '/metadata/annotations/a',
          operator: 'replace',
          value: 'from-plaintext',
        },
      ],
      annotationsOverrider: [
        { operator: 'add', value: { a: 'from-annotations' } },
      ],
    };
    expect(annotations(applyRule(deployment(), overriders, source))).toEqual({
      a: 'from-plaintext',
    });
  });

  it('runs the image overrider before plaintext, whatever the key order', () => {
    const overriders: Overriders = {
      plaintext: [
        { path: '/metadata/annotations', operator: 'add', value: {} },
      ],
      imageOverrider: [{ component: 'Tag', operator: 'replace', value: 'v2' }],
    };
    const out = applyRule(deployment(), overriders, source) as {
      spec: { template: { spec: { containers: Array<{ image: string }> } } };
    };
    expect(out.spec.template.spec.containers[0].image).toBe('nginx:v2');
  });

  it('lets an annotations overrider see only what earlier rules created', () => {
    const overriders: Overriders = {
      plaintext: [
        { path: '/metadata/annotations', operator: 'add', value: { a: '1' } },
      ],
      annotationsOverrider: [{ operator: 'replace', value: { a: '2' } }],
    };
    expect(annotations(applyRule(deployment(), overriders, source))).toEqual({
      a: '1',
    });
  });

  it('reports every step in order', () => {
    const steps: Array<[OverriderName, number]> = [];
    const overriders: Overriders = {
      fieldOverrider: [],
      argsOverrider: [{ containerName: 'web', operator: 'add', value: ['-v'] }],
      commandOverrider: [
        { containerName: 'web', operator: 'add', value: ['nginx'] },
      ],
      labelsOverrider: [
        { operator: 'add', value: { a: 'b' } },
        { operator: 'remove', value: { a: '' } },
      ],
      imageOverrider: [{ component: 'Tag', operator: 'remove' }],
    };
    applyRule(deployment(), overriders, source, s =>
      steps.push([s.overrider, s.index]),
    );
    expect(steps).toEqual([
      ['imageOverrider', 0],
      ['commandOverrider', 0],
      ['argsOverrider', 0],
      ['labelsOverrider', 0],
      ['labelsOverrider', 1],
      ['plaintext', 0],
    ]);
  });

  it('fails an empty rule on a resource without kind (the round trip checks it)', () => {
    expect(() => applyRule({ metadata: { name: 'x' } }, {}, source)).toThrow(
      expect.objectContaining({ reason: 'InvalidResource' }),
    );
  });

  it('names the failing overrider', () => {
    const overriders: Overriders = {
      plaintext: [{ path: '/missing', operator: 'remove' }],
    };
    expect(() => applyRule(deployment(), overriders, source)).toThrow(
      expect.objectContaining({
        reason: 'JSONPatchError',
        source: { ...source, overrider: 'plaintext' },
      }),
    );
  });
});

describe('applyResourcePatch', () => {
  it.each([
    ['removing kind', [{ op: 'remove', path: '/kind' }]],
    ['an empty kind', [{ op: 'replace', path: '/kind', value: '' }]],
    ['a non-string kind', [{ op: 'replace', path: '/kind', value: 5 }]],
    [
      'a document that is no longer an object',
      [{ op: 'replace', path: '', value: [] }],
    ],
  ])('fails with InvalidResource after %s', (_name, ops) => {
    expect(() => applyResourcePatch(deployment(), ops)).toThrow(
      expect.objectContaining({ reason: 'InvalidResource' }),
    );
  });
});
