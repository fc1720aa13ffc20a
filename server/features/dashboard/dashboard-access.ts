import type { Access } from '../../platform/http/access.js'

/** Viewers (leadership) read it; every figure is narrowed to the caller's scope inside the operation. */
export const readDashboard = { permission: 'unit-data:read' } as const satisfies Access
