import { BindingController } from './bindingController';
import { BindingStatusController } from './bindingStatusController';
import { Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';
import { DependenciesController } from './dependenciesController';
import { DetectorController } from './detectorController';
import { GarbageCollector } from './garbageCollector';
import { SchedulerController } from './schedulerController';
import { WorkStatusController } from './workStatusController';

/**
 * Karmada's controllers in the order a change flows through them: detector
 * (template + policy → binding), scheduler (→ clusters), dependencies
 * (propagateDeps), binding controller (→ Works), member clusters (→ Work
 * status), status aggregation (→ binding and template status), and the
 * garbage collector.
 *
 * @public
 */
export function createControllers(ctx: ControllerContext): Controller[] {
  return [
    new DetectorController(ctx),
    new SchedulerController(ctx),
    new DependenciesController(ctx),
    new BindingController(ctx),
    new WorkStatusController(ctx),
    new BindingStatusController(ctx),
    new GarbageCollector(ctx),
  ];
}
