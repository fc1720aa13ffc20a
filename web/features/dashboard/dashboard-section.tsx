import { Group, Paper, Stack, Text, Title } from '@mantine/core'

/** One block of the dashboard: a titled card; printed on a page of its own (see dashboard.css). */
export function DashboardSection({ id, title, intro, extra, children }: { id: string; title: React.ReactNode; intro?: React.ReactNode; extra?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Paper component="section" id={id} aria-labelledby={`${id}-title`} className="dashboard-section" withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={0} style={{ flex: '1 1 16rem', minWidth: 0 }}>
            <Title order={2} size="h3" id={`${id}-title`}>{title}</Title>
            {intro ? <Text size="sm" c="dimmed">{intro}</Text> : null}
          </Stack>
          {extra}
        </Group>
        {children}
      </Stack>
    </Paper>
  )
}
