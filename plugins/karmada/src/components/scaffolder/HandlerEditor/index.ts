export { HandlerEditor, handlerKind, initialHandler } from './HandlerEditor';
export type {
  HandlerEditorProps,
  HandlerKind,
  HandlerValue,
} from './HandlerEditor';
