import { MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { createHashRouter, Navigate, RouterProvider } from 'react-router'
import { AppLayout } from './components/AppLayout.tsx'
import { CampaignPage } from './screens/campaigns/CampaignPage.tsx'
import { CampaignsScreen } from './screens/campaigns/CampaignsScreen.tsx'
import { DashboardScreen } from './screens/dashboard/DashboardScreen.tsx'
import { DocumentPage } from './screens/documents/DocumentPage.tsx'
import { DocumentsScreen } from './screens/documents/DocumentsScreen.tsx'
import { InfluencerPage } from './screens/influencers/InfluencerPage.tsx'
import { InfluencersScreen } from './screens/influencers/InfluencersScreen.tsx'
import { PipelineScreen } from './screens/pipeline/PipelineScreen.tsx'
import { SettingsScreen } from './screens/settings/SettingsScreen.tsx'
import { ConflictsScreen } from './screens/sync/ConflictsScreen.tsx'
import { TodayScreen } from './screens/today/TodayScreen.tsx'
import { theme } from './theme.ts'

// Hash routes: the bundle is served from app:// (or the test host) with no server routing.
const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/pipeline" replace /> },
      { path: 'today', element: <TodayScreen /> },
      { path: 'pipeline', element: <PipelineScreen /> },
      { path: 'influencers', element: <InfluencersScreen /> },
      { path: 'influencers/:id', element: <InfluencerPage /> },
      { path: 'campaigns', element: <CampaignsScreen /> },
      { path: 'campaigns/:id', element: <CampaignPage /> },
      { path: 'documents', element: <DocumentsScreen /> },
      { path: 'documents/:id', element: <DocumentPage /> },
      { path: 'dashboard', element: <DashboardScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
      // Reached from the sync indicator and Settings, not the nav: it matters only when full.
      { path: 'conflicts', element: <ConflictsScreen /> },
    ],
  },
])

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <DatesProvider settings={{ firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" limit={4} />
        <RouterProvider router={router} />
      </DatesProvider>
    </MantineProvider>
  )
}
