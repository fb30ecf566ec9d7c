export { PlacementPreviewPanel } from './PlacementPreviewPanel';
export type { PlacementPreviewPanelProps } from './PlacementPreviewPanel';
export type { PreviewView } from './previewFacts';
export {
  readPreview,
  scheduledClusterNames,
  replicasText,
  headroomText,
  previewTotal,
} from './previewFacts';
