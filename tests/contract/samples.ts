import fc from 'fast-check';
import type { JsonSchema } from '../../provincial-api/conformance/openapi.ts';

/**
 * Documents made from the contract's JSON schemas with fast-check: `valid` ones that keep the
 * schema, and `nearMiss` ones that differ from a valid one in one place (a field left out or
 * added, a wrong type, a value just past a bound, a format almost right). Either kind may be
 * accepted or refused: the test only asks that zod and the standard validator agree. And
 * `mutations`: every one-place change of a document, so no field escapes the comparison.
 */

type Schemas = Readonly<Record<string, JsonSchema>>;
type Arb = fc.Arbitrary<unknown>;

const num = (schema: JsonSchema, key: string) =>
  typeof schema[key] === 'number' ? schema[key] : undefined;
const props = (schema: JsonSchema) => (schema['properties'] ?? {}) as Record<string, JsonSchema>;
const required = (schema: JsonSchema) => (schema['required'] ?? []) as string[];

/** Characters that tell length counts apart: ASCII, Chinese, and one outside the BMP. */
const textChar = fc.constantFrom('a', 'Z', '7', ' ', '-', '张', '学', '时', '𠀾', '😀');
const nonAsciiText = (minLength: number, maxLength: number) =>
  fc.array(textChar, { minLength, maxLength }).map((chars) => chars.join(''));

/** Strings close to each format, some valid, some one step off. */
const formatEdges: Record<string, readonly string[]> = {
  date: [
    '2024-02-29',
    '2025-02-29',
    '2000-02-29',
    '1900-02-29',
    '2025-06-31',
    '2025-13-01',
    '2025-6-3',
    '20250603',
    '2025-06-03T00:00:00.000Z',
  ],
  'date-time': [
    '2025-06-03T08:15:30.123Z',
    '2025-06-03T08:15:30Z',
    '2025-06-03T08:15:30.12Z',
    '2025-06-03T08:15:30.1234Z',
    '2025-06-03T08:15:30.123+08:00',
    '2025-06-03t08:15:30.123z',
    '2025-06-03 08:15:30.123Z',
    '2024-02-29T23:59:59.999Z',
    '2025-02-29T00:00:00.000Z',
    '2025-06-30T23:59:60.000Z',
    '2025-06-03T24:00:00.000Z',
    '2025-06-03',
  ],
  uuid: [
    '3f1c2a4e-9b7d-4c1e-8a2b-1d2e3f4a5b6c',
    '3F1C2A4E-9B7D-4C1E-8A2B-1D2E3F4A5B6C',
    '3f1c2a4e-9b7d-1c1e-8a2b-1d2e3f4a5b6c',
    '3f1c2a4e-9b7d-4c1e-ca2b-1d2e3f4a5b6c',
    'urn:uuid:3f1c2a4e-9b7d-4c1e-8a2b-1d2e3f4a5b6c',
    '3f1c2a4e9b7d4c1e8a2b1d2e3f4a5b6c',
    '00000000-0000-0000-0000-000000000000',
  ],
};

export function createSamples(schemas: Schemas) {
  const resolve = (schema: JsonSchema): JsonSchema => {
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const target = schemas[ref.replace('#/components/schemas/', '')];
      if (target === undefined) throw new Error(`unknown ref ${ref}`);
      return resolve(target);
    }
    const allOf = schema['allOf'];
    if (!Array.isArray(allOf)) return schema;
    // The members of an allOf, read as one object schema (all the contract uses it for).
    const members = (allOf as JsonSchema[]).map(resolve);
    return {
      type: 'object',
      properties: Object.assign({}, ...members.map(props)) as Record<string, JsonSchema>,
      required: members.flatMap(required),
    };
  };

  function stringOf(schema: JsonSchema): Arb {
    const format = schema['format'];
    if (format === 'date') {
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    }
    if (format === 'date-time') {
      return fc
        .date({ min: new Date('1970-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    }
    if (format === 'uuid') return fc.uuid({ version: 4 });
    if (typeof schema['pattern'] === 'string')
      return fc.stringMatching(new RegExp(schema['pattern']));
    const min = num(schema, 'minLength') ?? 0;
    const max = num(schema, 'maxLength');
    const open = Math.max(min, Math.min(max ?? 12, 12));
    const arbs: Arb[] = [nonAsciiText(min, open), fc.string({ minLength: min, maxLength: open })];
    // Right at the bound, counted in characters with some outside the BMP.
    if (max !== undefined) arbs.push(nonAsciiText(max, max));
    return fc.oneof(...arbs);
  }

  function numberOf(schema: JsonSchema, isInteger: boolean): Arb {
    const min = num(schema, 'minimum');
    const max = num(schema, 'maximum');
    const exclusiveMin = num(schema, 'exclusiveMinimum');
    const low = Math.max(min ?? exclusiveMin ?? -1e6, -1e6);
    const high = Math.min(max ?? 1e6, 1e6);
    if (isInteger) {
      const edges = [min, max].filter((n): n is number => n !== undefined);
      return fc.oneof(
        fc.integer({
          min: Math.ceil(low + (exclusiveMin === undefined ? 0 : 1)),
          max: Math.floor(high),
        }),
        ...(edges.length > 0 ? [fc.constantFrom(...edges)] : []),
      );
    }
    return fc.oneof(
      fc.double({ min: low, max: high, noNaN: true, minExcluded: exclusiveMin !== undefined }),
      fc.integer({
        min: Math.ceil(low + (exclusiveMin === undefined ? 0 : 1)),
        max: Math.floor(high),
      }),
      ...(max === undefined ? [] : [fc.constant(max)]),
    );
  }

  function objectOf(schema: JsonSchema): Arb {
    const properties = props(schema);
    const must = new Set(required(schema));
    const extra = schema['additionalProperties'];
    const model: Record<string, Arb> = {};
    for (const [key, child] of Object.entries(properties)) model[key] = valid(child);
    const base = fc.record(model, {
      requiredKeys: Object.keys(properties).filter((key) => must.has(key)),
    });
    if (extra === false) return base;
    if (typeof extra === 'object' && extra !== null) {
      const names = (schema['propertyNames'] as { enum?: string[] } | undefined)?.enum;
      const key = names === undefined ? fc.string({ maxLength: 8 }) : fc.constantFrom(...names);
      const minKeys = num(schema, 'minProperties') ?? 0;
      return fc
        .tuple(base, fc.dictionary(key, valid(extra as JsonSchema), { minKeys, maxKeys: 3 }))
        .map(([known, more]) => ({ ...more, ...known }));
    }
    // An open answer may carry fields a later version adds.
    return fc
      .tuple(base, fc.option(fc.jsonValue({ maxDepth: 1 }), { nil: undefined }))
      .map(([known, added]) => (added === undefined ? known : { ...known, addedLater: added }));
  }

  function valid(raw: JsonSchema): Arb {
    const schema = resolve(raw);
    if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
    const type = schema['type'];
    if (Array.isArray(type))
      return fc.oneof(...type.map((t) => valid({ ...schema, type: t as string })));
    switch (type) {
      case 'string':
        return stringOf(schema);
      case 'integer':
        return numberOf(schema, true);
      case 'number':
        return numberOf(schema, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const items = schema['items'] as JsonSchema;
        const minLength = num(schema, 'minItems') ?? 0;
        return fc.array(valid(items), { minLength, maxLength: Math.max(minLength, 2) });
      }
      case 'object':
      case undefined:
        return objectOf(schema);
      default:
        throw new Error(`no sample for type ${String(type)}`);
    }
  }

  /** Values just past (or right on) each bound, and strings almost in format, for one node. */
  function edgeValues(schema: JsonSchema): unknown[] {
    const type = schema['type'];
    const values: unknown[] = [];
    if (Array.isArray(schema['enum'])) {
      const first = String((schema['enum'] as unknown[])[0]);
      values.push(first.toUpperCase(), `${first} `, 'unknown_value');
    }
    if (type === 'string' || (Array.isArray(type) && type.includes('string'))) {
      const max = num(schema, 'maxLength');
      const min = num(schema, 'minLength');
      // Counted in characters: 𠀾 is one character but two UTF-16 units.
      if (max !== undefined)
        values.push('𠀾'.repeat(max), '𠀾'.repeat(max + 1), 'x'.repeat(max + 1));
      if (min !== undefined && min > 0) values.push('𠀾'.repeat(min - 1), '𠀾'.repeat(min));
      // A long one, in case zod bounds what the contract leaves open.
      values.push('长'.repeat(600), ...(formatEdges[String(schema['format'])] ?? []));
      if (typeof schema['pattern'] === 'string')
        values.push('a b', 'x'.repeat(65), 'A'.repeat(64), 'é');
    }
    if (type === 'integer' || type === 'number') {
      values.push(0.5, -0, 2 ** 53, -(2 ** 53), 1e308);
      for (const key of ['minimum', 'maximum', 'exclusiveMinimum']) {
        const bound = num(schema, key);
        if (bound !== undefined && Math.abs(bound) < 2 ** 52) {
          values.push(bound - 1, bound - 0.5, bound, bound + 0.5, bound + 1);
        }
      }
    }
    return values;
  }

  const wrongTypeValues: readonly unknown[] = [null, true, 'x', '', 1.5, 7, -1, 0, [], {}];

  /**
   * Every document that differs from `doc` (valid for `raw`) in one place: at each node, each
   * wrong type and edge value; in each object, each field left out and one unknown field added;
   * in each array, one item changed, and one item too many or too few.
   */
  function mutations(raw: JsonSchema, doc: unknown): unknown[] {
    const schema = resolve(raw);
    const out: unknown[] = [...wrongTypeValues, ...edgeValues(schema)];
    if (Array.isArray(doc)) {
      const items = schema['items'] as JsonSchema;
      const [first, ...rest] = doc as unknown[];
      if (first !== undefined) {
        out.push(...mutations(items, first).map((bad) => [bad, ...rest]));
        const maxItems = num(schema, 'maxItems');
        if (maxItems !== undefined) out.push(Array.from({ length: maxItems + 1 }, () => first));
      }
      if ((num(schema, 'minItems') ?? 0) > 0) out.push([]);
      return out;
    }
    if (typeof doc !== 'object' || doc === null) return out;
    const record = doc as Record<string, unknown>;
    const properties = props(schema);
    const extra = schema['additionalProperties'];
    out.push({ ...record, zzUnknown: 1 });
    for (const [key, value] of Object.entries(record)) {
      const { [key]: _dropped, ...rest } = record;
      out.push(rest);
      const child =
        properties[key] ?? (typeof extra === 'object' ? (extra as JsonSchema) : undefined);
      if (child !== undefined) {
        out.push(...mutations(child, value).map((bad) => ({ ...record, [key]: bad })));
      }
    }
    if (typeof extra === 'object' && extra !== null) {
      const [sample] = fc.sample(valid(extra as JsonSchema), { numRuns: 1, seed: 1 });
      out.push({ ...record, nickname: sample }, {});
    }
    return out;
  }

  function offBound(schema: JsonSchema): Arb[] {
    const values = edgeValues(schema);
    return values.length === 0 ? [] : [fc.constantFrom(...values)];
  }

  function nearMiss(raw: JsonSchema): Arb {
    const schema = resolve(raw);
    const type = schema['type'];
    const arbs: Arb[] = [fc.constantFrom(...wrongTypeValues), ...offBound(schema)];
    if (type === 'array') {
      const items = schema['items'] as JsonSchema;
      const maxItems = num(schema, 'maxItems');
      const minItems = num(schema, 'minItems');
      arbs.push(
        fc
          .tuple(fc.array(valid(items), { maxLength: 2 }), nearMiss(items))
          .map(([ok, bad]) => [...ok, bad]),
      );
      if (maxItems !== undefined) {
        arbs.push(valid(items).map((item) => Array.from({ length: maxItems + 1 }, () => item)));
      }
      if (minItems !== undefined && minItems > 0) arbs.push(fc.constant([]));
    }
    if ((type === 'object' || type === undefined) && !Array.isArray(schema['enum'])) {
      const properties = props(schema);
      const keys = Object.keys(properties);
      arbs.push(
        valid(schema).map((doc) => ({ ...(doc as object), zzUnknown: 1 })),
        valid(schema).map(() => ({})),
      );
      if (keys.length > 0) {
        arbs.push(
          fc.tuple(valid(schema), fc.constantFrom(...keys)).map(([doc, key]) => {
            const { [key]: _dropped, ...rest } = doc as Record<string, unknown>;
            return rest;
          }),
          fc
            .tuple(valid(schema), fc.constantFrom(...keys))
            .chain(([doc, key]) =>
              nearMiss(properties[key] ?? {}).map((bad) => ({ ...(doc as object), [key]: bad })),
            ),
        );
      }
      const extra = schema['additionalProperties'];
      if (typeof extra === 'object' && extra !== null) {
        arbs.push(
          fc
            .tuple(valid(schema), nearMiss(extra as JsonSchema))
            .map(([doc, bad]) => ({ ...(doc as object), name: bad })),
        );
      }
    }
    return fc.oneof(...arbs);
  }

  /** A valid document or a near miss, as it would arrive through JSON. */
  const any = (schema: JsonSchema): Arb =>
    fc
      .oneof(valid(schema), nearMiss(schema))
      .map((doc) => JSON.parse(JSON.stringify(doc)) as unknown);

  return { valid, nearMiss, any, mutations };
}
