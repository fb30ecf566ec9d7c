import {
  LABEL_MANAGED_BY,
  MANAGED_BY_VALUE,
} from '@karmada-backstage/plugin-karmada-common';
import { ApiObject } from '../../karmada/types';

/**
 * Whether the portal created an object (`app.kubernetes.io/managed-by`).
 *
 * @public
 */
export const isManaged = (o: ApiObject | undefined) =>
  o?.metadata?.labels?.[LABEL_MANAGED_BY] === MANAGED_BY_VALUE;
