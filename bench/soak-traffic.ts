// The soak's traffic: people signed in to the sample workspace reading, searching, saving their
// drafts and commenting, plus a steady trickle of sign-ins (each signed out again).

export interface Account {
  email: string;
  password: string;
  cookie: string;
  csrfToken: string;
  /** The draft this person keeps editing (one open version per policy), when they may draft. */
  draft: { policyId: string; versionId: string; version: number; body: string; saving: boolean } | null;
}

export interface Workspace {
  baseUrl: string;
  accounts: Account[];
  policyIds: string[];
}

/** What one request gave: its latency, and whether it did what it should. */
export interface Outcome {
  operation: string;
  /** HTTP requests it took (a sign-in is three: sign in, read the session, sign out). */
  requests: number;
  ms: number;
  ok: boolean;
  detail?: string;
}

const SEARCH_WORDS = [
  'harassment',
  'violence',
  'minor',
  'hate speech',
  'threat',
  'spam',
  'self-harm',
  'exception',
  'remov',
];

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

async function call(
  ws: Workspace,
  account: Pick<Account, 'cookie' | 'csrfToken'> | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (account) {
    headers.cookie = account.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = account.csrfToken;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${ws.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // Read the whole reply: a reply is served when its last byte has arrived.
  await res.arrayBuffer();
  return res;
}

/** Signs in through the API: the session cookie and the CSRF token that goes with it. */
export async function signIn(baseUrl: string, email: string, password: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  const info = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrfToken: info.csrfToken };
}

type Operation = (
  ws: Workspace,
) => Promise<{ status: number; expected: number; operation: string; requests?: number } | null>;

const read =
  (operation: string, path: (ws: Workspace) => string): Operation =>
  async (ws) => ({
    operation,
    expected: 200,
    status: (await call(ws, pick(ws.accounts), 'GET', path(ws))).status,
  });

const signInAndOut: Operation = async (ws) => {
  const account = pick(ws.accounts);
  const session = await signIn(ws.baseUrl, account.email, account.password);
  const check = await call(ws, session, 'GET', '/api/auth/session');
  const out = await call(ws, session, 'POST', '/api/auth/logout');
  const status = check.status !== 200 ? check.status : out.status === 204 ? 200 : out.status;
  return { operation: 'sign-in', expected: 200, status, requests: 3 };
};

const saveDraft: Operation = async (ws) => {
  const account = pick(ws.accounts.filter((a) => a.draft && !a.draft.saving));
  if (!account?.draft) return null;
  const draft = account.draft;
  draft.saving = true;
  try {
    // The same length every time: an edit, not a text growing for ten minutes.
    const body = `${draft.body}\n\nSoak edit ${Math.random().toString(36).slice(2, 10)}.`;
    const res = await fetch(`${ws.baseUrl}/api/policies/${draft.policyId}/versions/${draft.versionId}`, {
      method: 'PATCH',
      headers: { cookie: account.cookie, 'x-csrf-token': account.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ version: draft.version, body }),
    });
    if (res.status === 200) draft.version = ((await res.json()) as { version: number }).version;
    else await res.arrayBuffer();
    return { operation: 'save draft', expected: 200, status: res.status };
  } finally {
    draft.saving = false;
  }
};

const comment: Operation = async (ws) => ({
  operation: 'comment',
  expected: 201,
  status: (
    await call(ws, pick(ws.accounts), 'POST', '/api/comments', {
      entityType: 'policy',
      entityId: pick(ws.policyIds),
      body: `Soak check: does **${pick(SEARCH_WORDS)}** still read right after the last edit?`,
    })
  ).status,
});

/** The mix, by weight out of 100: mostly reads, then searches, draft saves, comments, sign-ins. */
const MIX: [number, Operation][] = [
  [14, read('people', () => '/api/users?limit=50')],
  [14, read('policies', () => '/api/policies')],
  [12, read('policy', (ws) => `/api/policies/${pick(ws.policyIds)}`)],
  [8, read('versions', (ws) => `/api/policies/${pick(ws.policyIds)}/versions`)],
  [6, read('comments', (ws) => `/api/comments?entityType=policy&entityId=${pick(ws.policyIds)}`)],
  [6, read('unread count', () => '/api/notifications/unread-count')],
  [20, read('search', () => `/api/search?q=${encodeURIComponent(pick(SEARCH_WORDS))}&limit=20`)],
  [10, saveDraft],
  [8, comment],
  [2, signInAndOut],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [weight]) => sum + weight, 0);

/** Runs one operation drawn from the mix; never throws (a failure is an outcome). */
export async function runOne(ws: Workspace): Promise<Outcome | null> {
  let draw = Math.random() * TOTAL_WEIGHT;
  const operation = MIX.find(([weight]) => (draw -= weight) < 0)![1];
  const started = performance.now();
  try {
    const result = await operation(ws);
    if (!result) return null;
    const ok = result.status === result.expected;
    return {
      operation: result.operation,
      requests: result.requests ?? 1,
      ms: performance.now() - started,
      ok,
      ...(ok ? {} : { detail: `HTTP ${result.status}` }),
    };
  } catch (error) {
    return { operation: 'request', requests: 1, ms: performance.now() - started, ok: false, detail: String(error) };
  }
}
