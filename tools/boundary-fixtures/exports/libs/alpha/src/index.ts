// A module's public surface (fixture): `used` is imported by beta, `unused` by nothing outside alpha.
export { used, unused } from './alpha.service';
export type { AlphaView } from './alpha.service';
