export * from './channels.ts';
export * from './contract.ts';
export * from './events.ts';
export * from './menu-commands.ts';
export * from './validate.ts';
