// Filled by the meetings work of issue 11.
export {};
