import { z } from 'zod';

/** An error answer of the API: the HTTP status and the stable code from `{error:{code,...}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** The request never got an answer (offline, server down, DNS...). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** Code used when a 2xx answer does not match the contract's schema. */
export const INVALID_RESPONSE = 'INVALID_RESPONSE';

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().optional(),
    details: z.unknown().optional(),
  }),
});

type UnauthorizedListener = () => void;
let unauthorizedListener: UnauthorizedListener | null = null;

/** Called whenever a request (other than sign-in and "who am I") answers 401: the session is gone. */
export function onUnauthorized(listener: UnauthorizedListener | null): void {
  unauthorizedListener = listener;
}

/** Asks the service worker (sw/service-worker.js) for the network's answer only. */
export const FRESH_HEADER = 'X-IEP-Fresh';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** False for requests where 401 is an expected answer (sign-in, session check). */
  notifyUnauthorized?: boolean;
  signal?: AbortSignal;
  /**
   * Only the server's answer of now: the service worker must not stand in with a kept one when the
   * network fails (a rights check that read a stale answer would send changes the server refuses).
   */
  fresh?: boolean;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
  };
  if (options.fresh === true) headers[FRESH_HEADER] = '1';
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    signal: options.signal,
  };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw await toApiError(response, options.notifyUnauthorized ?? true);
  return response;
}

async function toApiError(response: Response, notifyUnauthorized: boolean): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorBodySchema.safeParse(body);
  const error = parsed.success
    ? new ApiError(response.status, parsed.data.error.code, parsed.data.error.message ?? '', parsed.data.error.details)
    : new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
  if (response.status === 401 && notifyUnauthorized) unauthorizedListener?.();
  return error;
}

/** A JSON request whose answer is checked against `schema`. */
export async function requestJson<T>(path: string, schema: z.ZodType<T>, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, INVALID_RESPONSE, 'The answer is not JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, INVALID_RESPONSE, parsed.error.message);
  return parsed.data;
}

/** A request whose answer has no body (204). */
export async function requestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
