export {
  DEFAULT_PROGRESS_DEADLINE_SECONDS,
  isRolloutYoung,
  rolloutOf,
} from './rolloutOf';
