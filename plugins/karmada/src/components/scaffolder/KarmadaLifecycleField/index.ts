export { KarmadaLifecycleField } from './KarmadaLifecycleField';
export type { KarmadaLifecycleValue } from './KarmadaLifecycleField';
export { validateKarmadaLifecycle } from './validateKarmadaLifecycle';
