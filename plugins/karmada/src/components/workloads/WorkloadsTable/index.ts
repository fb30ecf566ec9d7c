export { WorkloadsTable } from './WorkloadsTable';
