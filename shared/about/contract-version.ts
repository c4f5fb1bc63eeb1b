/**
 * The version of the provincial sync contract (docs/provincial-api, openapi `info.version`
 * 1.1.0) this build speaks, as 关于 and the diagnostics show it.
 */
export const contractVersion = '1.1';
