import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router'
import { AppLayout } from './features/layout/app-layout'
import { NotFound } from './features/layout/not-found'
import { RedirectToCurrentPlan } from './features/layout/redirect-to-current-plan'
import { optInt, optOneOf, optString } from './search-params'

/** Code-based routes; every page is its own chunk, loaded when first visited (or hovered). */
const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFound })

const indexRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: RedirectToCurrentPlan })

const planHome = createRoute({ getParentRoute: () => rootRoute, path: '/plans/$code', component: lazyRouteComponent(() => import('./pages/home-page'), 'HomePage') })

const framework = createRoute({ getParentRoute: () => rootRoute, path: '/plans/$code/framework', component: lazyRouteComponent(() => import('./pages/framework-page'), 'FrameworkPage') })

const node = createRoute({ getParentRoute: () => rootRoute, path: '/plans/$code/nodes/$node', component: lazyRouteComponent(() => import('./pages/node-page'), 'NodePage') })

const target = createRoute({ getParentRoute: () => rootRoute, path: '/plans/$code/targets/$target', component: lazyRouteComponent(() => import('./pages/target-page'), 'TargetPage') })

const indicators = createRoute({ getParentRoute: () => rootRoute, path: '/plans/$code/indicators', component: lazyRouteComponent(() => import('./pages/indicators-page'), 'IndicatorsPage') })

const indicator = createRoute({ getParentRoute: () => rootRoute, path: '/plans/$code/indicators/$indicator', component: lazyRouteComponent(() => import('./pages/indicator-page'), 'IndicatorPage') })

export type ProjectSearch = { focusPlan?: string; funding?: string; currency?: string; year?: number; q?: string }
const projects = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$code/projects',
  validateSearch: (s: Record<string, unknown>): ProjectSearch => ({
    focusPlan: optString(s.focusPlan), funding: optString(s.funding), currency: optOneOf(['LAK_M', 'LAK', 'USD'] as const)(s.currency), year: optInt(s.year), q: optString(s.q),
  }),
  component: lazyRouteComponent(() => import('./pages/projects-page'), 'ProjectsPage'),
})

const legislation = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$code/legislation',
  validateSearch: (s: Record<string, unknown>): { type?: string } => ({ type: optString(s.type) }),
  component: lazyRouteComponent(() => import('./pages/legislation-page'), 'LegislationPage'),
})

const statistics = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$code/statistics',
  validateSearch: (s: Record<string, unknown>): { table?: string; row?: string } => ({ table: optString(s.table), row: optString(s.row) }),
  component: lazyRouteComponent(() => import('./pages/statistics-page'), 'StatisticsPage'),
})

const findings = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$code/findings',
  validateSearch: (s: Record<string, unknown>): { focus?: string } => ({ focus: optString(s.focus) }),
  component: lazyRouteComponent(() => import('./pages/findings-page'), 'FindingsPage'),
})

const source = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$code/source',
  validateSearch: (s: Record<string, unknown>): { line?: number; to?: number } => ({ line: optInt(s.line), to: optInt(s.to) }),
  component: lazyRouteComponent(() => import('./pages/source-page'), 'SourcePage'),
})

const search = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  validateSearch: (s: Record<string, unknown>): { q?: string; plan?: string; type?: string } => ({ q: optString(s.q), plan: optString(s.plan), type: optString(s.type) }),
  component: lazyRouteComponent(() => import('./pages/search-page'), 'SearchPage'),
})

const routeTree = rootRoute.addChildren([indexRoute, planHome, framework, node, target, indicators, indicator, projects, legislation, statistics, findings, source, search])

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true })

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
