export * from './iso-date.ts';
export * from './working-days.ts';
export * from './china-time.ts';
