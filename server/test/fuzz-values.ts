/**
 * Bad values generated from the OpenAPI (3.0) schemas the API publishes: for each field of a body,
 * query or path, the values a careless client or an attacker sends. Used by
 * server/modules/write-fuzz.test.ts; nothing here knows a route.
 */

/** The subset of a JSON Schema object the generator reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
}

/**
 * What the server must answer: 400 (naming the field when one is given), any 4xx refusal, or only
 * "no 500"; whatever it answers, a refused request writes nothing.
 */
export type Expect = { status: 400; field?: string } | { status: 'refused' } | { status: 'not-500' };

export interface BadValue {
  name: string;
  value: unknown;
  expect: Expect;
}

/** Above the largest PostgreSQL `integer`: ids and counters must be refused, not overflow. */
const INT4_OVERFLOW = 2_147_483_648;
const HUGE = '长'.repeat(200_001);

/** A schema with its nullability unwrapped (zod writes .nullish() as anyOf [T, null] or nullable). */
export function unwrap(s: JsonSchema): JsonSchema {
  const options = s.anyOf ?? s.oneOf;
  if (!options) return s;
  return (
    options.find((o) => o.type !== 'null' && !(o.enum && o.enum.length === 1 && o.enum[0] === null)) ?? s
  );
}

const typeOf = (s: JsonSchema) => [unwrap(s).type].flat()[0];
const isDate = (s: JsonSchema) => unwrap(s).pattern?.includes('\\d{4}-\\d{2}-\\d{2}') ?? false;

/** A value the field would take, where the schema says enough; other fields' bad values are sent beside it. */
export function plausible(s: JsonSchema): unknown {
  const u = unwrap(s);
  if (u.enum?.length) return u.enum[0];
  if (u.default !== undefined) return u.default;
  switch (typeOf(u)) {
    case 'object':
      return Object.fromEntries(Object.entries(u.properties ?? {}).map(([k, v]) => [k, plausible(v)]));
    case 'array':
      // As many as the schema asks for at least (a merge takes two groups).
      return Array.from({ length: u.minItems ?? 0 }, () => plausible(u.items ?? {}));
    case 'integer':
    case 'number':
      return Math.max(u.minimum ?? 1, 1);
    case 'boolean':
      return true;
    default:
      return textFor(u);
  }
}

/** Texts that satisfy the patterns the API uses (a day, a time, an id, a username, a phone number). */
const PATTERNED = ['2026-06-01', '2026-06-01T09:00:00+08:00', '1', 'fuzz_user1', '13800000000'];

function textFor(u: JsonSchema): string {
  if (u.pattern) {
    const re = new RegExp(u.pattern);
    const fits = PATTERNED.find((t) => re.test(t));
    if (fits) return fits;
  }
  return '测试内容'.repeat(Math.ceil((u.minLength ?? 1) / 4));
}

/** A body with only the required fields, each plausible: optional ones are left out unless broken. */
export function plausibleBody(s: JsonSchema): Record<string, unknown> {
  const u = unwrap(s);
  const required = new Set(u.required ?? []);
  return Object.fromEntries(
    Object.entries(u.properties ?? {})
      .filter(([k]) => required.has(k))
      .map(([k, v]) => [k, plausible(v)]),
  );
}

/** The bad values of one field; `field` is the name the 400 must carry. */
export function badValues(field: string, s: JsonSchema, required: boolean): BadValue[] {
  const u = unwrap(s);
  const named: Expect = { status: 400, field };
  const out: BadValue[] = [];
  if (required) out.push({ name: 'missing', value: undefined, expect: named });
  switch (typeOf(u)) {
    case 'integer':
    case 'number':
      out.push(
        { name: 'text for a number', value: 'abc', expect: named },
        { name: 'int4 overflow', value: INT4_OVERFLOW, expect: named },
        { name: 'huge number', value: 1e20, expect: named },
        { name: 'fraction', value: 1.5, expect: u.type === 'integer' ? named : { status: 'not-500' } },
      );
      break;
    case 'boolean':
      out.push({ name: 'text for a boolean', value: 'yes', expect: named });
      break;
    case 'array':
      out.push(
        { name: 'text for a list', value: 'a,b', expect: named },
        ...badValues('0', u.items ?? {}, false).map((b) => ({
          name: `item: ${b.name}`,
          value: [b.value],
          expect: b.expect.status === 400 ? ({ status: 400 } as const) : b.expect,
        })),
      );
      break;
    case 'object':
      out.push({ name: 'text for an object', value: 'x', expect: named });
      break;
    default:
      out.push(
        { name: 'number for a text', value: 12345, expect: named },
        { name: 'NUL', value: 'a\u0000b', expect: named },
        { name: 'lone surrogate', value: 'a\ud800b', expect: named },
        { name: 'huge text', value: HUGE, expect: { status: 'not-500' } },
        { name: 'object for a text', value: { a: 1 }, expect: named },
      );
      if (isDate(u)) {
        out.push(
          { name: 'impossible date', value: '2026-02-30', expect: named },
          { name: 'date out of range', value: '9999-99-99', expect: named },
        );
      }
  }
  return out;
}

/** Bad path or query-string values of a parameter (always text on the wire, already URL-encoded). */
export function badTextValues(field: string, s: JsonSchema): BadValue[] {
  const u = unwrap(s);
  const named: Expect = { status: 400, field };
  const common: BadValue[] = [
    { name: 'NUL', value: '%00', expect: named },
    { name: 'invalid UTF-8', value: '%ED%A0%80', expect: { status: 'not-500' } },
  ];
  if (u.pattern === '^[0-9]+$') {
    const ids = [
      '%201',
      '0x10',
      '1e3',
      '%2B1',
      '1.0',
      '-1',
      '0',
      'abc',
      '2147483648',
      '99999999999999999999',
    ];
    return [...common, ...ids.map((v) => ({ name: `id ${decodeURIComponent(v)}`, value: v, expect: named }))];
  }
  if (isDate(u)) {
    const days = ['2026-02-30', '9999-99-99', '2026-1-1', 'today'];
    return [...common, ...days.map((v) => ({ name: `date ${v}`, value: v, expect: named }))];
  }
  if (u.enum) return [...common, { name: 'not one of the choices', value: 'nope', expect: named }];
  return [...common, { name: 'huge text', value: 'x'.repeat(20_000), expect: { status: 'not-500' } }];
}
