export * from './channels.ts';
export * from './contract.ts';
export * from './validate.ts';
