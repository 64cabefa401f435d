/** The error every API failure becomes: the server's Chinese message, its code and field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let sessionLost: (() => void) | null = null;

/**
 * Called when the server answers 401 to a signed-in request (the session idled out or was ended
 * elsewhere), so the app returns to the login page instead of showing "请先登录" inside every list.
 */
export function onSessionLost(handler: () => void) {
  sessionLost = handler;
}

/** Set after login and after /api/auth/me, sent on every write (the session cookie is httpOnly). */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    // A wrong password at login and the session probe are 401s the caller handles itself.
    if (res.status === 401 && url !== '/api/auth/login' && url !== '/api/auth/me') sessionLost?.();
    const e = data?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'error', e.message ?? `请求失败（${res.status}）`, e.field, e);
  }
  return data as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body ?? {}),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, body ?? {}),
  delete: <T>(url: string) => request<T>('DELETE', url),
  upload: <T>(url: string, form: FormData) => request<T>('POST', url, form),
};

/** Builds a query string from filters, skipping empty values. */
export function toQuery(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Downloads a file the server generates (Excel, Word) with the filters of the list on screen. */
export async function download(url: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    if (res.status === 401) sessionLost?.();
    const data = await res.json().catch(() => null);
    throw new ApiError(res.status, data?.error?.code ?? 'error', data?.error?.message ?? '导出失败');
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : 'export';
  const blob = await res.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The shape of every list response. */
export interface Page<T> {
  items: T[];
  total: number;
  /** The server stopped counting: `total` is a lower bound (there are at least that many rows). */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
  abilities?: Record<string, boolean>;
}
