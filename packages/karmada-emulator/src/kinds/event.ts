import { ResourceStrategy } from '../api/ResourceType';
import { isDNS1123Subdomain } from '../validation/nameRules';
import { nameRule } from '../validation/validateObjectMeta';

/**
 * The registry strategy of `v1` Events: named like most objects, no
 * generation, no status.
 *
 * @public
 */
export const eventStrategy: ResourceStrategy = {
  nameRule: nameRule(isDNS1123Subdomain),
  generation: 'none',
  statusSubresource: false,
};
