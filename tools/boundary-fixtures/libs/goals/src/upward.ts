// Deliberately wrong: goals sits below meals in the module order, so it may not import it
// (no cycle here, so only the allow-list can catch it).
import { mealsApi } from '../../meals/src/index';

export const upward = mealsApi;
