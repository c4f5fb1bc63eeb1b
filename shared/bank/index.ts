export * from './year-bank.ts';
