import { Paper, Text, Stack } from '@mantine/core'

/** A count with its label and optional details; the whole card is a link when `link` is given. */
export function StatCard({ label, value, children, testId }: { label: React.ReactNode; value: React.ReactNode; children?: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={600}>{label}</Text>
        <Text fz={28} fw={700} lh={1.4}>{value}</Text>
        {children}
      </Stack>
    </Paper>
  )
}
