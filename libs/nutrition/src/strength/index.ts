export * from './one-rep-max.formulas';
export * from './effort.formulas';
