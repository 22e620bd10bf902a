import { type AlphaView, used } from '@welness/alpha';

export const beta: AlphaView = { id: String(used) };
