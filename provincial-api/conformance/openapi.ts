import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { parse } from 'yaml';

/**
 * The provincial contract as a standard JSON Schema validator (ajv, draft 2020-12, which
 * OpenAPI 3.1 schemas are) reads it: the repository's copy of openapi.yaml, its schemas
 * converted with the few narrowings README.md beside it makes (docs/contract.md lists them).
 * The conformance suite checks every answer with it, and tests/contract proves the zod schemas
 * of shared/contract accept and refuse the same documents.
 */

export type JsonSchema = { [keyword: string]: unknown };

interface Operation {
  readonly requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  readonly responses: Record<
    string,
    { $ref?: string; content?: Record<string, { schema?: JsonSchema }> }
  >;
}
interface OpenApi {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: {
    readonly schemas: Record<string, JsonSchema>;
    readonly responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
  };
}

const here = dirname(fileURLToPath(import.meta.url));
export const contractFile = join(here, '../../docs/provincial-api/openapi.yaml');

/** README Conventions: "UTC ISO-8601 with milliseconds (`2025-06-03T08:15:30.123Z`)". */
const readmeTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:[0-5]\d\.\d{3}Z$/;
/** README Conventions: client-made ids are "random version-4 UUIDs". */
const readmeUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** The largest integer JavaScript reads from JSON exactly. */
const safeInteger = Number.MAX_SAFE_INTEGER;

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every schema node below `schema` (itself included), depth first. */
export function* schemaNodes(schema: JsonSchema): Generator<JsonSchema> {
  yield schema;
  const children: unknown[] = [schema['items'], schema['additionalProperties']];
  if (isSchema(schema['properties'])) children.push(...Object.values(schema['properties']));
  if (Array.isArray(schema['allOf'])) children.push(...(schema['allOf'] as unknown[]));
  for (const child of children) if (isSchema(child)) yield* schemaNodes(child);
}

const refName = (ref: unknown) =>
  typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : undefined;

/** The document's operations: `POST /auth/login` → its request and JSON answers by status. */
function operationSchemas(api: OpenApi): Record<string, JsonSchema> {
  const named: Record<string, JsonSchema> = {};
  for (const [path, methods] of Object.entries(api.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      const request = operation.requestBody?.content['application/json']?.schema;
      if (request !== undefined) named[`${key} request`] = request;
      for (const [status, answer] of Object.entries(operation.responses)) {
        const response =
          answer.$ref === undefined
            ? answer
            : api.components.responses[answer.$ref.replace('#/components/responses/', '')];
        const content = response?.content ?? {};
        const schema = (content['application/json'] ?? content['application/problem+json'])?.schema;
        if (schema !== undefined) named[`${key} ${status}`] = schema;
      }
    }
  }
  return named;
}

/**
 * README's narrowings of the YAML, applied to the converted schemas. Each is a rule the README
 * (or the schema's own description) states and a JSON Schema keyword can hold:
 */
function applyReadme(schemas: Record<string, JsonSchema>, operations: Record<string, JsonSchema>) {
  // 1. allOf members are not closed on their own: `Project` is a `ProjectFiling` (closed, as a
  //    request) plus the server's fields, which a literal reading would refuse on every Project.
  //    Answers stay open to new fields like every other answer (1.1 adds, 1.0 clients go on).
  for (const node of Object.values(schemas).flatMap((s) => [...schemaNodes(s)])) {
    if (!Array.isArray(node['allOf'])) continue;
    node['allOf'] = (node['allOf'] as JsonSchema[]).map((member) => {
      const { additionalProperties: _open, ...rest } =
        schemas[refName(member['$ref']) ?? ''] ?? member;
      return structuredClone(rest);
    });
  }
  // 2. "Unknown fields in a request answer 400": request bodies are closed at every level.
  const closed = new Set<JsonSchema>();
  const close = (schema: JsonSchema): void => {
    for (const node of schemaNodes(schema)) {
      const target = schemas[refName(node['$ref']) ?? ''];
      if (target !== undefined && !closed.has(target)) {
        closed.add(target);
        close(target);
      }
      if (node['type'] === 'object' && node['additionalProperties'] === undefined) {
        node['additionalProperties'] = false;
      }
    }
  };
  for (const [name, schema] of Object.entries(operations))
    if (name.endsWith(' request')) close(schema);
  // 3. Integers as JavaScript reads JSON: beyond 2^53 − 1 they are no longer exact.
  for (const node of [...Object.values(schemas), ...Object.values(operations)].flatMap((s) => [
    ...schemaNodes(s),
  ])) {
    if (node['type'] !== 'integer') continue;
    node['minimum'] ??= -safeInteger;
    node['maximum'] ??= safeInteger;
  }
  // 4. A record's id is what `Decision.target.id` (maxLength 64) names: 1 to 64 characters.
  for (const name of ['Staff', 'Claim', 'ChangeRequest', 'Transfer']) {
    const properties = schemas[name]?.['properties'] as Record<string, JsonSchema> | undefined;
    if (properties?.['id'] !== undefined)
      properties['id'] = { type: 'string', minLength: 1, maxLength: 64 };
  }
  // 5. ChangeRequest.changes: its description names the fields and asks for at least one.
  const changes = (schemas['ChangeRequest']?.['properties'] as Record<string, JsonSchema>)[
    'changes'
  ];
  const fields = /Fields: ([^;]+); at least one/.exec(String(changes?.['description']))?.[1];
  if (changes !== undefined && fields !== undefined) {
    changes['propertyNames'] = { enum: fields.split(',').map((f) => f.trim()) };
    changes['minProperties'] = 1;
  }
}

export interface Contract {
  /** Component schemas and operation schemas (`GET /units/{unitId}/staff 200`), converted. */
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  /** The errors of `value` against the named schema; empty when it keeps the contract. */
  readonly check: (name: string, value: unknown) => string[];
  /** The name of the schema an operation's answer with this status has, if the contract lists one. */
  readonly answerSchema: (method: string, url: string, status: number) => string | undefined;
}

/** Reads the repository's openapi.yaml and builds the validator. */
export function loadContract(file = contractFile): Contract {
  const api = parse(readFileSync(file, 'utf8')) as OpenApi;
  const components = structuredClone(api.components.schemas);
  const operations = structuredClone(operationSchemas(api));
  applyReadme(components, operations);
  // Component refs point into one schema document; each operation schema is its own.
  const rewrite = (schema: JsonSchema, prefix: string): JsonSchema =>
    JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${prefix}#/$defs/`),
    ) as JsonSchema;
  // strictSchema off: in the YAML's flow mappings, text after a comma in a description becomes a
  // keyword with no value (`description: 身份证号 (GB 11643), 18 characters` gives the keyword
  // "18 characters"), which JSON Schema ignores as it ignores every unknown keyword.
  const ajv = new Ajv2020({ allErrors: true, strictSchema: false, strictTypes: false });
  addFormats(ajv, ['date']);
  const standardDateTime = fullFormats['date-time'] as { validate: (s: string) => boolean };
  const standardUuid = fullFormats.uuid as RegExp;
  ajv.addFormat('date-time', (s: string) => standardDateTime.validate(s) && readmeTime.test(s));
  ajv.addFormat('uuid', (s: string) => standardUuid.test(s) && readmeUuid.test(s));
  ajv.addSchema({ $id: 'contract', $defs: rewrite(components, '') });
  const validators = new Map<string, ValidateFunction>();
  for (const name of Object.keys(components)) {
    validators.set(name, ajv.compile({ $ref: `contract#/$defs/${name}` }));
  }
  for (const [name, schema] of Object.entries(operations)) {
    validators.set(name, ajv.compile(rewrite(schema, 'contract')));
  }
  const templates = Object.keys(api.paths).map((path) => ({
    path,
    pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  return {
    schemas: { ...components, ...operations },
    check(name, value) {
      const validate = validators.get(name);
      if (validate === undefined) throw new Error(`The contract has no schema ${name}`);
      if (validate(value)) return [];
      return (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
    },
    answerSchema(method, url, status) {
      const path = url.split('?')[0] ?? '';
      const template = templates.find((t) => t.pattern.test(path));
      if (template === undefined) return undefined;
      const name = `${method.toUpperCase()} ${template.path} ${String(status)}`;
      return validators.has(name) ? name : undefined;
    },
  };
}
