export { DifferentialConfiguration } from './DifferentialConfiguration';
