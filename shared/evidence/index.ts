export * from './types.ts';
export { extractFields, fieldValues, plainText } from './extract.ts';
export { checkEvidence, type EvidenceCheck } from './compare.ts';
export { differenceHash, hammingDistance, type RgbaImage } from './image-hash.ts';
export { certificateKey, findReuse, rescanDistance, type EvidenceUse } from './reuse.ts';
