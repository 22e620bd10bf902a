// A module's public surface (fixture).
export const mealsApi = 'meals';
