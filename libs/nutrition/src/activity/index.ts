export * from './met.table';
