// A module's own spec does not count as a user of its index.
import { unused } from '@welness/alpha';

export const inside = unused;
