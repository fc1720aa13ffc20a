import type { App, PageRenderer } from '../../../platform/http/create-app.js'
import { AppError } from '../../../platform/http/errors.js'
import { authenticateRequest } from '../../../platform/auth/authenticate.js'
import { checkAccess } from '../../../platform/auth/enforce-access.js'
import { readerLanguage } from '../../../platform/http/reader-language.js'
import type { ProgressThresholds } from '../../analytics/progress/progress-thresholds.js'
import { dashboard, dashboardParams, dashboardQuery } from '../dashboard.schemas.js'
import { readDashboard } from '../dashboard-access.js'
import { getDashboard } from '../get-dashboard.js'
import { renderDashboardFirstPaint } from './render-dashboard-first-paint.js'
import { injectIntoIndex } from './inject-into-index.js'
import { provinceShapesOnDisk } from './province-shapes-on-disk.js'

const PAGE = /^\/plans\/([^/?#]+)\/dashboard(?:\?|$)/

/**
 * /plans/:code/dashboard for a reader allowed to see it: index.html with the first screen drawn and the figures
 * in it, so a first visit on a slow line shows the targets and the map without waiting for ~230 KB of the app's code. The
 * answer is the API's (same validation, same declared access, same scope narrowing); anything else gets the plain
 * page, and the app then asks the API and explains the refusal in the reader's language.
 */
export function dashboardFirstPaint(app: App, thresholds: ProgressThresholds): PageRenderer {
  return async (req, indexHtml) => {
    const match = req.method === 'GET' ? PAGE.exec(req.url) : null
    if (!match) return null
    const params = dashboardParams.safeParse({ code: decoded(match[1]) })
    const query = dashboardQuery.safeParse(req.query)
    if (!params.success || !query.success) return null
    const { db } = app.deps
    try {
      await authenticateRequest(req, db, app.deps.auth)
      if (!req.user) return null
      await checkAccess(req, db, readDashboard)
      const data = dashboard.encode(await getDashboard(db, req.user, params.data.code, query.data, { thresholds }))
      // The web app keeps the reader's language in a cookie too, so the drawn screen matches it.
      const lang = readerLanguage(req)
      const html = injectIntoIndex(indexHtml, { ...renderDashboardFirstPaint(data, lang, provinceShapesOnDisk()), data: { key: { code: params.data.code, ...query.data }, data } })
      return html && html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    } catch (err) {
      if (!(err instanceof AppError)) req.log.error(err)
      return null
    }
  }
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
