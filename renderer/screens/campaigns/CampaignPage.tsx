import { useParams } from 'react-router'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'

export function CampaignPage() {
  const { id } = useParams()
  return <ScreenHeader title="Campaign" subtitle={id} />
}
