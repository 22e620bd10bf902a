export * from './bmr.formulas';
export * from './tdee.formulas';
