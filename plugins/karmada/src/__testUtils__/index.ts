// Shared test fixtures and msw handlers for the Karmada plugin's tests.
export * from './karmadaFixtures';
export * from './karmadaHandlers';
export * from './karmadaWorkloadHandlers';
export * from './backendResponses';
export * from './karmadaTestApi';
export * from './fieldProps';
export * from './validatorContext';
