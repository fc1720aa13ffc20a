import { jsonForScript } from './escape-html.js'

export const DATA_ELEMENT_ID = 'tidtam-dashboard-data'
const ROOT = '<div id="root"></div>'

export type FirstPaint = {
  /** Inline CSS for the drawn HTML (the CSP allows inline styles, never inline scripts). */
  style: string
  /** The first screen, drawn inside #root; React replaces it when the app starts. */
  body: string
  /** What the page's own query would fetch, with the key it answers, so the app does not ask again. */
  data: unknown
}

/**
 * The web app's index.html with a page's first screen in #root and its data in a JSON block (not executed, so the
 * CSP's script-src 'self' is kept). The drawn screen comes before the data, so a browser paints it while the rest of
 * the HTML is still arriving; the app's stylesheets move to the end of <body>, where they no longer hold back that
 * paint (in <head> they wait for bandwidth shared with the app's code: ~3 s on slow 3G) but still hold back the
 * app's scripts until they are in. null when index.html is not as Vite writes it.
 */
export function injectIntoIndex(indexHtml: string, page: FirstPaint): string | null {
  const headEnd = indexHtml.indexOf('</head>')
  const root = indexHtml.indexOf(ROOT)
  const bodyEnd = indexHtml.lastIndexOf('</body>')
  if (headEnd < 0 || root < headEnd || bodyEnd < root) return null
  const stylesheets: string[] = []
  const head = indexHtml.slice(0, headEnd).replace(STYLESHEET, (link) => {
    stylesheets.push(link)
    return ''
  })
  const data = `<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(page.data)}</script>`
  return `${head}<style>${page.style}</style>\n${indexHtml.slice(headEnd, root)}<div id="root">${page.body}</div>\n${data}`
    + indexHtml.slice(root + ROOT.length, bodyEnd) + stylesheets.join('\n') + indexHtml.slice(bodyEnd)
}

const STYLESHEET = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g
