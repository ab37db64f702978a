// The reference of the API benchmark: GET /api/users?limit=50 written by hand on node:http and
// better-sqlite3 against the same database file, doing the same work as the real endpoint: the
// session looked up by the hashed cookie token (and touched once a minute), the role checked,
// the same SQL for the page of people and their teams, the same JSON and response headers.
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { ROLE_PERMISSIONS, type Role } from '../contracts/src/permissions.js';

const SESSION_COOKIE = 'policyops_session';
const TOUCH_INTERVAL_MS = 60_000;
const IDLE_MS = 14 * 86_400_000;
const MAX_LIMIT = 200;

// What the real server's helmet (built once) and Fastify put on every JSON reply.
const HEADERS = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' data:;form-action 'self';frame-ancestors 'none';img-src 'self' data: blob:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
  'content-type': 'application/json; charset=utf-8',
};

const db = new Database(process.env.BENCH_DB!, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');

// The SQL text Kysely generates for the real endpoint (sessions.repository.ts, users.repository.ts).
const findSession = db.prepare(
  'select "s".*, "u"."email", "u"."name", "u"."role", "u"."version" from "sessions" as "s" inner join "users" as "u" on "u"."id" = "s"."user_id" where "s"."token_hash" = ? and "s"."expires_at" > ? and "u"."status" = ?',
);
const touchSession = db.prepare('update "sessions" set "last_seen_at" = ?, "expires_at" = ? where "id" = ?');
const COLUMNS = '"id", "email", "name", "role", "status", "last_login_at", "created_at", "updated_at", "version"';
const firstPage = db.prepare(`select ${COLUMNS} from "users" order by "name", "id" limit ?`);
const pageAfter = db.prepare(
  `select ${COLUMNS} from "users" where ("name", "id") > (?, ?) order by "name", "id" limit ?`,
);
const teamsStatements = new Map<number, Database.Statement>();
function teamsOf(count: number): Database.Statement {
  let statement = teamsStatements.get(count);
  if (!statement) {
    const marks = Array.from({ length: count }, () => '?').join(', ');
    statement = db.prepare(
      `select "m"."user_id", "t"."id", "t"."name" from "team_members" as "m" inner join "teams" as "t" on "t"."id" = "m"."team_id" where "m"."user_id" in (${marks}) order by "t"."name"`,
    );
    teamsStatements.set(count, statement);
  }
  return statement;
}

interface SessionRow {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  role: Role;
}
interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

function sessionToken(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

function reply(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { ...HEADERS, 'x-request-id': uuidv7(), 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer((req, res) => {
  const [path, search = ''] = (req.url ?? '/').split('?', 2);
  if (req.method !== 'GET' || path !== '/api/users') return reply(res, 404, '{"code":"ROUTE_NOT_FOUND"}');

  const token = sessionToken(req.headers.cookie);
  if (!token || token.length > 200) return reply(res, 401, '{"code":"UNAUTHENTICATED"}');
  const nowMs = Date.now();
  const now = new Date(nowMs).toISOString();
  const hash = createHash('sha256').update(token).digest('hex');
  const session = findSession.get(hash, now, 'active') as SessionRow | undefined;
  if (!session) return reply(res, 401, '{"code":"UNAUTHENTICATED"}');
  if (nowMs - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) {
    touchSession.run(now, new Date(nowMs + IDLE_MS).toISOString(), session.id);
  }
  const permissions = ROLE_PERMISSIONS[session.role];
  if (!permissions.includes('directory.read')) return reply(res, 403, '{"code":"FORBIDDEN"}');

  const query = new URLSearchParams(search);
  const limit = query.has('limit') ? Number(query.get('limit')) : 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    return reply(res, 400, '{"code":"VALIDATION_FAILED"}');
  let after: [string, string] | null = null;
  const cursor = query.get('cursor');
  if (cursor) {
    try {
      after = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    } catch {
      return reply(res, 400, '{"code":"VALIDATION_FAILED"}');
    }
  }
  const rows = (after ? pageAfter.all(after[0], after[1], limit + 1) : firstPage.all(limit + 1)) as UserRow[];
  const page = rows.slice(0, limit);
  const teams = new Map<string, { id: string; name: string }[]>();
  if (page.length > 0) {
    const memberships = teamsOf(page.length).all(...page.map((r) => r.id)) as {
      user_id: string;
      id: string;
      name: string;
    }[];
    for (const m of memberships) {
      const list = teams.get(m.user_id) ?? [];
      list.push({ id: m.id, name: m.name });
      teams.set(m.user_id, list);
    }
  }
  const manage = permissions.includes('users.manage');
  const last = page[page.length - 1];
  const body = JSON.stringify({
    items: page.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      role: r.role,
      status: r.status,
      teams: teams.get(r.id) ?? [],
      lastLoginAt: r.last_login_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      version: r.version,
      abilities: { update: manage, deactivate: manage && r.id !== session.user_id },
    })),
    nextCursor:
      rows.length > limit && last ? Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url') : null,
  });
  reply(res, 200, body);
});

server.listen(Number(process.env.PORT), '127.0.0.1');
