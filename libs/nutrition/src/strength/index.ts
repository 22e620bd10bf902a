export * from './one-rep-max.formulas';
