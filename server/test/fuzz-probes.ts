import type { InjectOptions } from 'fastify';
import {
  badTextValues,
  badValues,
  type Expect,
  type JsonSchema,
  plausible,
  plausibleBody,
} from './fuzz-values';

/** One operation of the OpenAPI description, as the fuzz reads it. */
export interface Operation {
  method: string;
  /** OpenAPI path, e.g. '/api/proposals/{id}/reply'. */
  path: string;
  parameters?: { in: 'path' | 'query'; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** One malformed request and what the server must answer. */
export interface Probe {
  variant: string;
  request: InjectOptions;
  expect: Expect;
}

const REFUSED: Expect = { status: 'refused' };
const NO_500: Expect = { status: 'not-500' };
const json = { 'content-type': 'application/json' };

function urlOf(op: Operation, override: Record<string, string> = {}, query = ''): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override[name] !== undefined) return override[name];
    const param = op.parameters?.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(plausible(param?.schema ?? {})));
  });
  return query ? `${path}?${query}` : path;
}

const send = (op: Operation, url: string, payload: unknown, headers = json) =>
  ({ method: op.method.toUpperCase(), url, payload: payload as string, headers }) as InjectOptions;

/** Bodies that are not a JSON object at all, for any write. */
function shapeProbes(op: Operation, url: string, schema: JsonSchema | undefined): Probe[] {
  const probes: Probe[] = [
    { variant: 'malformed JSON', request: send(op, url, '{"name": "半截'), expect: { status: 400 } },
    { variant: 'a JSON list', request: send(op, url, '[]'), expect: { status: 400 } },
    { variant: 'empty JSON body', request: send(op, url, ''), expect: REFUSED },
    {
      variant: 'text/plain',
      request: send(op, url, 'abc', { 'content-type': 'text/plain' }),
      expect: REFUSED,
    },
    {
      variant: 'form-urlencoded',
      request: send(op, url, 'a=b', { 'content-type': 'application/x-www-form-urlencoded' }),
      expect: REFUSED,
    },
    {
      variant: 'multipart without a boundary',
      request: send(op, url, 'x', { 'content-type': 'multipart/form-data' }),
      expect: REFUSED,
    },
  ];
  if (!schema) return probes;
  // A body that names no field: refused when something is required, and always by a PATCH.
  const needs = (schema.required?.length ?? 0) > 0 || op.method === 'patch';
  const empty: Expect = needs ? { status: 400 } : { status: 'not-500' };
  probes.push(
    { variant: 'JSON null', request: send(op, url, 'null'), expect: empty },
    { variant: 'an empty object', request: send(op, url, '{}'), expect: empty },
  );
  return probes;
}

/** One field of a JSON body broken at a time, the others plausible. */
function fieldProbes(op: Operation, url: string, schema: JsonSchema): Probe[] {
  const base = plausibleBody(schema);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([field, s]) =>
    badValues(field, s, required.has(field)).map((bad) => ({
      variant: `${field}: ${bad.name}`,
      request: send(op, url, JSON.stringify({ ...base, [field]: bad.value })),
      expect: bad.expect,
    })),
  );
}

/** Broken path and query-string values, with a plausible body beside them. */
function parameterProbes(op: Operation, body: unknown): Probe[] {
  return (op.parameters ?? []).flatMap((p) =>
    badTextValues(p.name, p.schema).map((bad) => {
      const url =
        p.in === 'path'
          ? urlOf(op, { [p.name]: String(bad.value) })
          : urlOf(op, {}, `${p.name}=${bad.value}`);
      return {
        variant: `${p.in} ${p.name}: ${bad.name}`,
        request: send(op, url, JSON.stringify(body ?? {})),
        expect: bad.expect,
      };
    }),
  );
}

const BOUNDARY = 'fuzzboundary';
const form = (part: string) => `--${BOUNDARY}\r\n${part}`;
const multipart = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
const filePart = (disposition: string) =>
  form(
    `Content-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: text/plain\r\n\r\nhello\r\n`,
  );

/** Uploads that no form sends: cut short, nameless, with a NUL in the name, or no form at all. */
function uploadProbes(op: Operation, url: string): Probe[] {
  const end = `--${BOUNDARY}--\r\n`;
  const upload = (variant: string, payload: string | Buffer, headers = multipart): Probe => ({
    variant,
    request: send(op, url, payload, headers),
    expect: REFUSED,
  });
  return [
    upload('JSON instead of a form', '{}', json),
    upload('multipart without a boundary', filePart('filename="a.txt"') + end, {
      'content-type': 'multipart/form-data',
    }),
    upload('multipart cut short', filePart('filename="a.txt"').slice(0, 90)),
    upload('empty file name', filePart('filename=""') + end),
    upload('NUL in the file name', Buffer.from(filePart('filename="a\u0000b.txt"') + end)),
    // Decoded to U+FFFD, a name like any other: it may be stored, it must not break anything.
    {
      ...upload('invalid UTF-8 file name', filePart("filename*=UTF-8''%ED%A0%80.txt") + end),
      expect: NO_500,
    },
    upload('a form without parts', end),
  ];
}

/** Every malformed request of one write operation. */
export function probesFor(op: Operation): Probe[] {
  const url = urlOf(op);
  const content = op.requestBody?.content ?? {};
  if (content['multipart/form-data']) return [...uploadProbes(op, url), ...parameterProbes(op, undefined)];
  const schema = content['application/json']?.schema;
  const body = schema ? plausibleBody(schema) : undefined;
  return [
    ...shapeProbes(op, url, schema),
    ...(schema ? fieldProbes(op, url, schema) : []),
    ...parameterProbes(op, body),
  ];
}
