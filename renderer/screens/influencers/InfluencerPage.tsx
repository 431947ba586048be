import { useParams } from 'react-router'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'

export function InfluencerPage() {
  const { id } = useParams()
  return <ScreenHeader title="Influencer" subtitle={id} />
}
