export * from './off-record.reader';
