/**
 * The `karmada-preview` command: Karmada scheduling and override previews
 * from the command line.
 *
 * @packageDocumentation
 */
export { main } from './main';
export type { Command, CommandIo } from './io';
