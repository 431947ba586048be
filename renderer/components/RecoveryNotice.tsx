import { Alert } from '@mantine/core'
import { IconAlertTriangle, IconLifebuoy } from '@tabler/icons-react'
import { appRecoveryTopic } from '#shared/contract/index'
import { crm } from '../lib/crm.ts'
import { useCrmQuery } from '../lib/use-crm-query.ts'

/**
 * After a run that ended without closing (killed, crashed, power cut): what the app checked
 * and what it kept, once. Closing it tells main, so it does not come back this run.
 */
export function RecoveryNotice() {
  const { data: report } = useCrmQuery('app.recovery', {}, [appRecoveryTopic])
  if (!report) return null
  return (
    <Alert
      mb="md"
      color={report.intact ? 'blue' : 'red'}
      icon={report.intact ? <IconLifebuoy size={18} /> : <IconAlertTriangle size={18} />}
      title={report.intact ? 'Your work was recovered' : 'The database needs attention'}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => void crm('app.dismissRecovery', {})}
      data-testid="recovery-notice"
    >
      {report.message}
    </Alert>
  )
}
