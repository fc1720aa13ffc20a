import { useState } from 'react'
import { ActionIcon, Button, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { NOTIFICATIONS_KEY, useNotifications } from '../../api/reporting-queries'
import { markNotificationsRead } from '../../api/reporting-writes'
import { BellIcon } from './bell-icon'
import { NotificationItem } from './notification-item'

const COUNT: React.CSSProperties = {
  position: 'absolute', top: -4, right: -6, minWidth: 18, height: 18, padding: '0 4px', borderRadius: 9, background: 'var(--mantine-color-red-7)',
  color: '#fff', fontSize: 11, fontWeight: 700, lineHeight: '18px', textAlign: 'center',
}

/** The bell with the unread count; its list links each notification to its report and marks it read. */
export function NotificationBell() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const queryClient = useQueryClient()
  const query = useNotifications(true)
  const markRead = useMutation({
    mutationFn: (ids?: number[]) => markNotificationsRead(ids),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  })
  const unread = query.data?.unread ?? 0
  const items = query.data?.items ?? []
  const label = unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')
  return (
    <Popover opened={open} onChange={setOpen} position="bottom-end" width={340} shadow="md" withinPortal trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" size="lg" onClick={() => setOpen((o) => !o)} aria-label={label} aria-expanded={open} data-testid="notification-bell" style={{ position: 'relative', flexShrink: 0, overflow: 'visible' }}>
          <BellIcon />
          {unread ? <span style={COUNT} data-testid="notification-count">{unread > 99 ? '99+' : unread}</span> : null}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py={6} wrap="nowrap">
          <Text fw={700} size="sm">{t('notifications.title')}</Text>
          {unread ? <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate(undefined)} loading={markRead.isPending}>{t('notifications.markAll')}</Button> : null}
        </Group>
        <ScrollArea.Autosize mah={380}>
          {items.length ? (
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="notification-list">
              {items.map((n) => <NotificationItem key={n.id} item={n} onOpen={() => { setOpen(false); if (!n.read) markRead.mutate([n.id]) }} />)}
            </Stack>
          ) : <Text size="sm" c="dimmed" px="sm" pb="sm">{t('notifications.none')}</Text>}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  )
}
