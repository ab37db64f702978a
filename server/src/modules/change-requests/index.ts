export * from './cr-default-workflow.js';
export * from './cr-lanes.js';
export * from './cr-scoring.js';
export * from './cr-sign-offs.js';
export * from './cr-workflow.js';
