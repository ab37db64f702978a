// Filled by the stakeholders work of issue 11.
export {};
