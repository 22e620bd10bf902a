export * from './nutri-score.types';
export * from './nutri-score.thresholds';
export * from './nutri-score.calculator';
export * from './nutri-score.categories';
export * from './nutri-score.flags';
export * from './nutri-score.derive';
