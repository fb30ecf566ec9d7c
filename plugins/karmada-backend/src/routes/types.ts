import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { KarmadaAuthorizer } from '../permissions/createAuthorizer';
import { FleetService } from '../services/FleetService/types';
import { PlacementService } from '../services/PlacementService/types';
import { WorkloadService } from '../services/WorkloadService/types';

/**
 * What the route handlers need.
 *
 * @public
 */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  authorizer: KarmadaAuthorizer;
  fleet: FleetService;
  placement: PlacementService;
  workloads: WorkloadService;
}
