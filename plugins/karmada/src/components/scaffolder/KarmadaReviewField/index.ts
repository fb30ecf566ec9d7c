export { KarmadaReviewField } from './KarmadaReviewField';
export type {
  KarmadaReviewValue,
  KarmadaReviewUiOptions,
} from './KarmadaReviewField';
export { validateKarmadaReview } from './validateKarmadaReview';
