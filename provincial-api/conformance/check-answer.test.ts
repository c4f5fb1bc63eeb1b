import { describe, expect, it } from 'vitest';
import { checkAnswer, type Reply } from './harness.ts';

// The harness checks every answer with the standard validator; these show the check can fail.
const reply = (status: number, type: string, body: unknown): Reply => ({
  status,
  headers: new Headers({ 'content-type': type }),
  body,
  bytes: Buffer.from(JSON.stringify(body)),
});
const page = (documents: unknown[]) => ({
  documents,
  checkpoint: { updatedAt: '1970-01-01T00:00:00.000Z', id: '' },
});

describe('checkAnswer', () => {
  it('passes an answer that keeps the schema the contract lists for its operation and status', () => {
    expect(() => {
      checkAnswer('GET', '/units/U0001/claims?limit=5', reply(200, 'application/json', page([])));
    }).not.toThrow();
  });

  it('fails an answer whose body breaks the schema, naming the place', () => {
    const claim = { id: 'c', unitId: 'U0001', staffId: 's', year: 2025 };
    expect(() => {
      checkAnswer('GET', '/units/U0001/claims', reply(200, 'application/json', page([claim])));
    }).toThrow(
      /GET \/units\/U0001\/claims 200 breaks GET \/units\/\{unitId\}\/claims 200: \/documents\/0 must have required property/,
    );
  });

  it('fails a problem answer that is not a Problem, and a JSON answer the contract does not list', () => {
    expect(() => {
      checkAnswer('GET', '/units/U0001', reply(418, 'application/problem+json', { title: 'x' }));
    }).toThrow(/breaks Problem/);
    expect(() => {
      checkAnswer('GET', '/units/U0001', reply(202, 'application/json', {}));
    }).toThrow(/the contract does not list/);
  });
});
