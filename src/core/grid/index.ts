export * from './grid';
export * from './address';
export * from './merges';
