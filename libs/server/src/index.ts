export * from './app.module';
export * from './modules';
export * from './http-app.factory';
export * from './openapi';
export * from './version';
export * from './openapi-names';
export * from './openapi-statuses';
