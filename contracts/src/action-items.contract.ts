// Filled by the action-items work of issue 11.
export {};
