export * from './iso-date.ts';
export * from './working-days.ts';
