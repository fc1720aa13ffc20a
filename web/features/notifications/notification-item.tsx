import { Text } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { Notification } from '../../api/reporting-types'
import { useBi } from '../../ui/bilingual'
import { useFormat } from '../../ui/format'

/** One notification: bold while unread, a link to its report when it has one. */
export function NotificationItem({ item, onOpen }: { item: Notification; onOpen: () => void }) {
  const bi = useBi()
  const fmt = useFormat()
  const body = (
    <>
      <Text size="sm" fw={item.read ? 400 : 700} className="tidtam-lao">{bi(item.title)?.text}</Text>
      {item.body ? <Text size="xs" c="dimmed" lineClamp={3} className="tidtam-lao">{bi(item.body)?.text}</Text> : null}
      <Text size="xs" c="dimmed">{fmt.dateTime(item.at)}</Text>
    </>
  )
  const style = { display: 'block', width: '100%', padding: '6px 12px', borderTop: '1px solid var(--mantine-color-gray-2)', background: item.read ? undefined : 'var(--mantine-color-indigo-0)' }
  return (
    <li data-testid="notification" data-read={String(item.read)}>
      {item.report ? (
        <Link
          to="/plans/$code/reports/$dataSet/$unit/$period"
          params={{ code: item.report.plan, dataSet: item.report.dataSet, unit: item.report.unit, period: item.report.period }}
          onClick={onOpen}
          style={{ ...style, color: 'inherit', textDecoration: 'none' }}
          data-testid="notification-link"
        >
          {body}
        </Link>
      ) : <div style={style}>{body}</div>}
    </li>
  )
}
