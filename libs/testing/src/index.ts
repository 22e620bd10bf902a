export * from './test-stores';
export * from './test-app';
export * from './fake-openai.server';
