export * from './gtin.types';
export * from './gtin.check-digit';
export * from './gtin.upc-e';
export * from './gtin.normalizer';
