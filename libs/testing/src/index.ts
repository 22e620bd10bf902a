export * from './test-stores';
export * from './test-app';
