// Filled by the working-groups work of issue 11.
export {};
