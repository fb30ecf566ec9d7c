export * from './meta';
export * from './cluster';
export * from './placement';
export * from './policies';
