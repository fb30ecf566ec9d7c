export { PlacementPreviewPanel } from './PlacementPreviewPanel';
export type { PlacementPreviewPanelProps } from './PlacementPreviewPanel';
export {
  readPreview,
  scheduledClusterNames,
  replicasText,
  headroomText,
  previewTotal,
} from './previewFacts';
