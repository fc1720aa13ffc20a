import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router'
import { AppLayout } from './features/layout/app-layout'
import { NotFound } from './features/layout/not-found'
import { RedirectToCurrentPlan } from './features/layout/redirect-to-current-plan'
import { optInt, optOneOf, optString } from './search-params'
import { loadReportingTexts } from './features/reporting/reporting-texts'
import { validateDashboardSearch } from './features/dashboard/dashboard-search'
import { prefetchDashboard } from './api/dashboard-queries'
import { loadProvinceShapes } from './features/dashboard/province-geo'

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

const returnToSearch = (s: Record<string, unknown>): { returnTo?: string } => ({ returnTo: optString(s.returnTo) })
const signIn = createRoute({ getParentRoute: () => rootRoute, path: '/sign-in', validateSearch: returnToSearch, component: lazyRouteComponent(() => import('./pages/sign-in-page'), 'SignInPage') })
const changePassword = createRoute({ getParentRoute: () => rootRoute, path: '/change-password', validateSearch: returnToSearch, component: lazyRouteComponent(() => import('./pages/change-password-page'), 'ChangePasswordPage') })

const orgUnits = createRoute({
  getParentRoute: () => rootRoute,
  path: '/org-units',
  validateSearch: (s: Record<string, unknown>): { q?: string } => ({ q: optString(s.q) }),
  component: lazyRouteComponent(() => import('./pages/org-units-page'), 'OrgUnitsPage'),
})
const orgUnit = createRoute({ getParentRoute: () => rootRoute, path: '/org-units/$unit', component: lazyRouteComponent(() => import('./pages/org-unit-page'), 'OrgUnitPage') })

const users = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users',
  validateSearch: (s: Record<string, unknown>): { q?: string; page?: number } => ({ q: optString(s.q), page: optInt(s.page) }),
  component: lazyRouteComponent(() => import('./pages/users-page'), 'UsersPage'),
})

export type AuditSearch = { action?: string; entityType?: string; actor?: string; from?: string; to?: string; page?: number }
const isoDate = (v: unknown) => { const d = optString(v); return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined }
const audit = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  validateSearch: (s: Record<string, unknown>): AuditSearch => ({
    action: optString(s.action), entityType: optString(s.entityType), actor: optString(s.actor), from: isoDate(s.from), to: isoDate(s.to), page: optInt(s.page),
  }),
  component: lazyRouteComponent(() => import('./pages/audit-page'), 'AuditPage'),
})

// The minister's dashboard: its figures and the province boundaries are asked for while the page's code is still
// loading, and the page is drawn with the boundaries in hand (so the server's first paint of the map is never
// replaced by an empty box).
const dashboard = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$code/dashboard',
  validateSearch: validateDashboardSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ params, deps }) => { prefetchDashboard(params.code, deps) },
  staleTime: 60_000,
  component: lazyRouteComponent(() => Promise.all([import('./pages/dashboard-page'), loadProvinceShapes().catch(() => null)]).then(([page]) => page), 'DashboardPage'),
})

// Reporting: each page's code arrives together with the reporting texts.
const withReportingTexts = <T,>(page: Promise<T>) => Promise.all([page, loadReportingTexts()]).then(([m]) => m)
const reports = createRoute({ getParentRoute: () => rootRoute, path: '/reports', component: lazyRouteComponent(() => withReportingTexts(import('./pages/reports-page')), 'ReportsPage') })
const report = createRoute({ getParentRoute: () => rootRoute, path: '/plans/$code/reports/$dataSet/$unit/$period', component: lazyRouteComponent(() => withReportingTexts(import('./pages/report-page')), 'ReportPage') })

const routeTree = rootRoute.addChildren([
  indexRoute, planHome, framework, node, target, indicators, indicator, projects, legislation, statistics, findings, source, search,
  signIn, changePassword, orgUnits, orgUnit, users, audit, dashboard, reports, report,
])

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true })

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
