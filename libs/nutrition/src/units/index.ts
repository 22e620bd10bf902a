export * from './energy.units';
export * from './salt.units';
export * from './serving.units';
export * from './quantity.parser';
export * from './body.units';
