export * from './validate/index.ts';
