import type { APIRequest, APIRequestContext, APIResponse } from '@playwright/test';
import type { SessionInfo } from '@policyops/contracts';

export interface Credentials {
  email: string;
  password: string;
}

export interface Person extends Credentials {
  name: string;
}

/** No cookies: request and browser contexts in a test otherwise take the `storageState` option (the admin's). */
export const NOBODY = { cookies: [], origins: [] };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type StorageState = Awaited<ReturnType<APIRequestContext['storageState']>>;

/** Seeding is not the thing under test: a refused request stops the spec with what the server said. */
async function expectOk(response: APIResponse, what: string): Promise<APIResponse> {
  if (!response.ok()) throw new Error(`${what} answered ${response.status()}: ${await response.text()}`);
  return response;
}

/**
 * One person signed in to the running app, calling the API the way the web app does: the session cookie, the
 * session's CSRF token on unsafe requests and the app's own Origin. Its cookie can open a browser already signed in.
 */
export class ApiSession {
  private constructor(
    private readonly request: APIRequestContext,
    readonly baseURL: string,
    readonly user: SessionInfo['user'],
    private readonly csrfToken: string,
  ) {}

  /**
   * Opens a request context for the app and runs `start` (login, setup or accepting an invitation), which must leave
   * a session cookie behind. Throws when `start` is refused.
   */
  static async start(
    api: APIRequest,
    baseURL: string,
    what: string,
    start: (request: APIRequestContext) => Promise<APIResponse>,
  ): Promise<ApiSession> {
    const request = await api.newContext({ baseURL, storageState: NOBODY, extraHTTPHeaders: { Origin: baseURL } });
    try {
      await expectOk(await start(request), what);
      const session = (await (
        await expectOk(await request.get('/api/auth/session'), 'GET /api/auth/session')
      ).json()) as SessionInfo;
      return new ApiSession(request, baseURL, session.user, session.csrfToken);
    } catch (error) {
      await request.dispose();
      throw error;
    }
  }

  /** Signs in with e-mail and password. Throws when the server refuses (wrong password, locked, rate-limited). */
  static signIn(api: APIRequest, baseURL: string, credentials: Credentials): Promise<ApiSession> {
    return ApiSession.start(api, baseURL, `Signing in as ${credentials.email}`, (request) =>
      request.post('/api/auth/login', { data: credentials }),
    );
  }

  /** Sends a request and returns the parsed JSON body (null for 204). Throws on any status other than 2xx. */
  async send<T>(method: Method, path: string, data?: unknown, options: { timeout?: number } = {}): Promise<T> {
    const headers: Record<string, string> = method === 'GET' ? {} : { 'X-CSRF-Token': this.csrfToken };
    const response = await expectOk(
      await this.request.fetch(path, { method, headers, ...options, ...(data === undefined ? {} : { data }) }),
      `${method} ${path}`,
    );
    return (response.status() === 204 ? null : await response.json()) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, data: unknown = {}, options: { timeout?: number } = {}): Promise<T> {
    return this.send<T>('POST', path, data, options);
  }

  put<T>(path: string, data: unknown): Promise<T> {
    return this.send<T>('PUT', path, data);
  }

  patch<T>(path: string, data: unknown): Promise<T> {
    return this.send<T>('PATCH', path, data);
  }

  /** Posts raw bytes (an archive, say) as the body, and returns the parsed JSON reply. Throws on any status but 2xx. */
  async postBytes<T>(path: string, body: Buffer, contentType: string): Promise<T> {
    const headers = { 'X-CSRF-Token': this.csrfToken, 'Content-Type': contentType };
    const response = await expectOk(await this.request.post(path, { headers, data: body }), `POST ${path}`);
    return (await response.json()) as T;
  }

  /** The session cookie, for `browser.newContext({ storageState })` or the `storageState` option. */
  storageState(): Promise<StorageState> {
    return this.request.storageState();
  }

  async dispose(): Promise<void> {
    await this.request.dispose();
  }
}
