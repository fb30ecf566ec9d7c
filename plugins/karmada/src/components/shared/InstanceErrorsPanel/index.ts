export { InstanceErrorsPanel } from './InstanceErrorsPanel';
