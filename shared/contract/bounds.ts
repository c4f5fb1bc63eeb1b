/**
 * The contract's one bound on hours (README, Push: "hours outside 0–2000"; the OpenAPI's
 * `maximum: 2000` on every hours field). It has a module of its own so that the schemas, the
 * rules and every screen read this one value, and a test can move it and watch them all follow.
 */
export const maxCreditedHours = 2000;
