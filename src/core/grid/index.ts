export * from './grid';
export * from './address';
