export { OverrideChangeList } from './OverrideChangeList';
export {
  formatChangeSource,
  formatValue,
  changeKind,
} from './formatOverrideChange';
