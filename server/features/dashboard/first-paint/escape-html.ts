const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text and attribute values for HTML the server writes by hand. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/**
 * JSON to sit inside a <script type="application/json"> element: a "<" could open "</script>" or "<!--" and end the
 * element early, so every one is written as \u003c (JSON.parse reads it back as "<").
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}
