import fs from 'node:fs';
import path from 'node:path';
import { ObjectStore, StoreSnapshot } from '../store/ObjectStore';

/**
 * Reads a data file written by {@link DataFile}, or undefined when there is
 * none yet.
 *
 * @public
 */
export function readDataFile(file: string): StoreSnapshot | undefined {
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(
    fs.readFileSync(file, 'utf8'),
  ) as Partial<StoreSnapshot>;
  if (
    typeof parsed.resourceVersion !== 'number' ||
    !Array.isArray(parsed.objects)
  ) {
    throw new Error(`${file}: not an emulator data file`);
  }
  return parsed as StoreSnapshot;
}

/**
 * Persists a store to a JSON file: written after changes (debounced, so a
 * burst of writes costs one), atomically (temporary file, then rename), and
 * once more on close.
 *
 * @public
 */
export class DataFile {
  private timer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly file: string,
    private readonly store: ObjectStore,
    private readonly debounceMs = 250,
  ) {
    this.unsubscribe = store.subscribe(() => this.schedule());
  }

  /** Writes now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(this.store.snapshot()));
    fs.renameSync(temporary, this.file);
  }

  /** Stops watching the store and writes the final state. */
  close(): void {
    this.unsubscribe();
    this.flush();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }
}
