/** The few icons the app needs, inline (no icon font, no external requests). */
type P = { size?: number; title?: string }
const svg = (size: number, title: string | undefined, d: React.ReactNode) => (
  <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden={title ? undefined : true} role={title ? 'img' : undefined}>
    {title ? <title>{title}</title> : null}
    {d}
  </svg>
)
export const SearchIcon = ({ size = 16, title }: P) => svg(size, title, <><circle cx="11" cy="11" r="7" /><path d="m20 20-3.5-3.5" /></>)
export const ChevronIcon = ({ size = 16, title, open }: P & { open?: boolean }) => (
  <span style={{ display: 'inline-flex', transition: 'transform 120ms', transform: open ? 'rotate(90deg)' : 'none' }}>
    {svg(size, title, <path d="m9 6 6 6-6 6" />)}
  </span>
)
export const UserIcon = ({ size = 18, title }: P) => svg(size, title, <><circle cx="12" cy="8" r="4" /><path d="M4 21c0-4 4-6 8-6s8 2 8 6" /></>)
export const DotsIcon = ({ size = 18, title }: P) => svg(size, title, <><circle cx="5" cy="12" r="1" /><circle cx="12" cy="12" r="1" /><circle cx="19" cy="12" r="1" /></>)
