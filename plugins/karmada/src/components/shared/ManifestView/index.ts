export { ManifestView } from './ManifestView';
