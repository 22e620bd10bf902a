// Light entry point: entry points validate the environment before loading the framework.
export * from './config.schema';
export * from './load-config';
