export * from './fieldExtensions';
export * from './fieldDefinitions';
export type * from './types';
export { PlacementPreviewPanel } from './PlacementPreviewPanel';
export type {
  PlacementPreviewPanelProps,
  PreviewView,
} from './PlacementPreviewPanel';
