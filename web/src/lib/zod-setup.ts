// zod compiles object schemas with `new Function` when it can; probing for that trips a
// Content-Security-Policy without 'unsafe-eval' (a console error on every page load).
// The contracts' schemas are small, so the interpreted path costs nothing noticeable.
// This must run before any schema is built, hence its place at the top of main.tsx: pages without
// a form build schemas too (policy labels, invitation states).
//
// zod keeps its configuration on `globalThis.__zod_globalConfig` (so that several copies of zod
// share it) and adopts an object already there. Setting it directly, rather than calling zod's
// `config()`, keeps zod out of the entry chunk (about 3 kB compressed on the first page);
// zod-setup.test.ts checks that zod still reads it.
interface ZodGlobal {
  __zod_globalConfig?: { jitless?: boolean };
}
const zodGlobal = globalThis as ZodGlobal;
// Mutated, not replaced: a zod module evaluated earlier holds a reference to the object.
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
export {};
