// Filled by the raid work of issue 11.
export {};
