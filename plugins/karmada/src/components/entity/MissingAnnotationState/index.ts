export { MissingAnnotationState } from './MissingAnnotationState';
