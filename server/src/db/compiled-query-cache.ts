import { CompiledQuery, type Compilable, type Kysely, type QueryExecutor } from 'kysely';

/** Enough for every shape the hot routes use (a teams lookup per page size is the largest family). */
const MAX_SHAPES_PER_HANDLE = 1000;

interface CachedShape {
  sql: string;
  parameterCount: number;
}

// Keyed by the handle's executor: it carries the dialect's compiler and any plugins, so each
// database handle (SQLite `?` or PostgreSQL `$1`) gets its own SQL. The root handle keeps one
// executor for its lifetime; a transaction has its own, so it compiles once and its entry goes
// with it (a WeakMap holds nothing alive).
const shapesByExecutor = new WeakMap<QueryExecutor, Map<string, CachedShape>>();

function shapesOf(db: Kysely<unknown>): Map<string, CachedShape> {
  const executor = db.getExecutor();
  let shapes = shapesByExecutor.get(executor);
  if (!shapes) {
    shapes = new Map();
    shapesByExecutor.set(executor, shapes);
  }
  return shapes;
}

function assertSameParameters(shape: string, compiled: readonly unknown[], given: readonly unknown[]): void {
  const same = compiled.length === given.length && compiled.every((value, i) => Object.is(value, given[i]));
  if (!same) {
    throw new Error(
      `Compiled query "${shape}": the builder put its parameters as ${JSON.stringify(compiled)}, ` +
        `but the caller passes ${JSON.stringify(given)}`,
    );
  }
}

/**
 * Runs a query whose SQL text depends only on `shape`, building and compiling it with Kysely once
 * per database handle, then executing the stored SQL with `parameters`. Building a query costs more
 * than running a small indexed one on the hot routes (the directory page and the session lookup).
 *
 * `build` must produce, for these parameters, a query whose compiled parameters are `parameters` in
 * that order; this is checked whenever a shape is compiled. Every input that changes the SQL text
 * (an optional filter, the length of an `in` list) must be part of `shape`.
 * Throws Error (a programming error, not an AppError) when the parameters disagree with the query.
 */
export async function executeCompiled<R, DB>(
  db: Kysely<DB>,
  shape: string,
  parameters: readonly unknown[],
  build: () => Compilable<R>,
): Promise<R[]> {
  const shapes = shapesOf(db as Kysely<unknown>);
  let cached = shapes.get(shape);
  if (!cached) {
    const compiled = build().compile();
    assertSameParameters(shape, compiled.parameters, parameters);
    cached = { sql: compiled.sql, parameterCount: compiled.parameters.length };
    if (shapes.size < MAX_SHAPES_PER_HANDLE) shapes.set(shape, cached);
  } else if (parameters.length !== cached.parameterCount) {
    throw new Error(
      `Compiled query "${shape}" takes ${cached.parameterCount} parameters, called with ${parameters.length}`,
    );
  }
  const result = await db.executeQuery(CompiledQuery.raw(cached.sql, [...parameters]) as CompiledQuery<R>);
  return result.rows;
}

/** The SQL stored for `shape` on this handle, if it was compiled: for tests that compare it with the builder. */
export function cachedSqlOf<DB>(db: Kysely<DB>, shape: string): string | undefined {
  return shapesByExecutor.get(db.getExecutor())?.get(shape)?.sql;
}
