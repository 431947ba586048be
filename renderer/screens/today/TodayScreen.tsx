import { ScreenHeader } from '../../components/ScreenHeader.tsx'

export function TodayScreen() {
  return <ScreenHeader title="Today" />
}
