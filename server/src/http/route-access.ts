import type { Permission } from '@policyops/contracts';

/**
 * What a route declares about its callers. `public`: anyone; `authenticated`: any signed-in
 * user; a permission: the service checks it (the route x role test holds both to this).
 */
export type RouteAccess = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
