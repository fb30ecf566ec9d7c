import { ResourceStrategy } from '../api/ResourceType';
import { isDNS1123Subdomain } from '../validation/nameRules';
import { nameRule } from '../validation/validateObjectMeta';

/**
 * The strategy every custom resource gets from the API server: DNS-1123
 * subdomain names, and a generation that moves on any change outside
 * metadata (and status, when the CRD has a status subresource).
 *
 * @public
 */
export function customResourceStrategy(
  statusSubresource: boolean,
  webhooks: Pick<ResourceStrategy, 'mutate' | 'admit' | 'webhookName'> = {},
): ResourceStrategy {
  return {
    nameRule: nameRule(isDNS1123Subdomain),
    generation: 'allButMetadata',
    statusSubresource,
    ...webhooks,
  };
}
