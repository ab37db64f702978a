// Filled by the decisions work of issue 11.
export {};
