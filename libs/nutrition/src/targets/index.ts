export * from './energy-target.formulas';
export * from './macro-target.formulas';
