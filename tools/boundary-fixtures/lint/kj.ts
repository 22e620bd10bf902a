// Deliberately wrong: a copy of kJ per kcal.
export const kcal = (kj: number): number => kj / 4.184;
