export { karmadaServiceMock } from './karmadaServiceMock';
export type { KarmadaServiceMock } from './karmadaServiceMock';
export { InMemoryKarmadaService } from './InMemoryKarmadaService';
export type { InMemoryKarmadaServiceOptions } from './InMemoryKarmadaService';
