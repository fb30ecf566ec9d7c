export * from './joinWords';
export * from './replicaStrategyOf';
export * from './describeLabelSelector';
export * from './describeClusterAffinity';
export * from './describeTolerations';
export * from './describeSpreadConstraints';
export * from './describeStaticWeights';
export * from './summarizePlacement';
