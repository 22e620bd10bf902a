// Public API of @welness/nutrition: pure functions and constants only (no Nest, no I/O).
export * from './units';
export * from './gtin';
export * from './off-record';
export * from './nutri-score';
export * from './energy';
export * from './targets';
export * from './activity';
export * from './strength';
export * from './trend';
