export * from './test-stores';
export * from './test-app';
export * from './auth.helpers';
export * from './fake-openai.server';
export * from './fake-oidc.server';
export * from './fake-off.server';
export * from './api-call';
export * from './tcp-relay';
