// Domain words, each once, beside the type it names. Rule words (categories, findings,
// suggestions) sit beside the rules' own types in shared/rules/labels.ts.
export * from './decision.ts';
export * from './record-status.ts';
export * from './project-form.ts';
export * from './requests.ts';
