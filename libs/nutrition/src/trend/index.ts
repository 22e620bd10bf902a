export * from './local-date';
export * from './streak';
export * from './weight-trend';
export * from './adherence';
