export { NoWorkloadsState } from './NoWorkloadsState';
