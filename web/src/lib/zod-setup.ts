import { config } from 'zod/v4/core';

// zod compiles object schemas with `new Function` when it can; probing for that trips a
// Content-Security-Policy without 'unsafe-eval' (a console error on every page load).
// The contracts' schemas are small, so the interpreted path costs nothing noticeable.
// This must run before any schema is built, hence its place at the top of main.tsx. Not in the forms:
// pages without one build schemas too (policy labels, invitation states), and without this first they
// log a CSP eval violation (seen on /people, /teams, /policies, /search, /account). The part of
// zod/v4/core this keeps costs the first page about 3 kB compressed.
config({ jitless: true });
