import { Badge, type BadgeProps } from '@mantine/core'
import { humanize, statusColor } from './campaign-words.ts'

/** A status of any of the campaign's machines, in words and its colour. */
export function StatusBadge({ status, ...props }: { status: string } & BadgeProps) {
  return (
    <Badge variant="light" color={statusColor(status)} {...props}>
      {humanize(status)}
    </Badge>
  )
}
