export { KarmadaWorkloadsPage } from './KarmadaWorkloadsPage';
