import { Badge, type BadgeProps } from '@mantine/core'
import type { DocumentStatus } from '#shared/contract/index'
import { documentStatusLabels, statusColors } from './document-words.ts'

export function DocumentStatusBadge({ status, ...props }: { status: DocumentStatus } & BadgeProps) {
  return (
    <Badge variant="light" color={statusColors[status]} {...props}>
      {documentStatusLabels[status]}
    </Badge>
  )
}
