export { RefreshControl } from './RefreshControl';
