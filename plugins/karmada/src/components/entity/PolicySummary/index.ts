export { PolicySummary } from './PolicySummary';
