export * from './common.ts';
export * from './staff.ts';
export * from './claim.ts';
export * from './decision.ts';
export * from './pages.ts';
export * from './parse.ts';
export * from './problems.ts';
export * from './rules.ts';
