export * from './labelValidation';
export * from './matchLabelSelector';
export * from './clusterMatches';
