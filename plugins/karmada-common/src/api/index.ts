export * from './common';
export * from './instances';
export * from './clusters';
export * from './preview';
export * from './render';
export * from './apply';
export * from './workloads';
export * from './placement';
