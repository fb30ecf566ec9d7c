import { stringify } from 'yaml';
import type { OverridePolicy, PropagationPolicy } from '../types';
import type { Deployment } from './deploymentTypes';
import type { RenderedWorkload } from './renderWorkload';

/**
 * One object the renderer produces.
 *
 * @public
 */
export type RenderedObject = Deployment | PropagationPolicy | OverridePolicy;

/**
 * The objects of a rendered workload in the order to apply them: the
 * Deployment, its PropagationPolicy, then the OverridePolicy (if any).
 *
 * @public
 */
export function renderedObjects(rendered: RenderedWorkload): RenderedObject[] {
  const objects: RenderedObject[] = [
    rendered.deployment,
    rendered.propagationPolicy,
  ];
  if (rendered.overridePolicy) objects.push(rendered.overridePolicy);
  return objects;
}

/**
 * The rendered objects as one multi-document YAML stream. Key order is the
 * renderer's (fixed) and lines are never folded, so the same spec always
 * gives byte-identical output: diffs and reviews show only real changes.
 *
 * @public
 */
export function renderWorkloadYaml(rendered: RenderedWorkload): string {
  return renderedObjects(rendered)
    .map(o => stringify(o, { lineWidth: 0, aliasDuplicateObjects: false }))
    .map(doc => `---\n${doc}`)
    .join('');
}
