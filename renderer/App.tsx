import { createTheme, MantineProvider } from '@mantine/core'
import { createHashRouter, Navigate, RouterProvider } from 'react-router'
import { AppLayout } from './components/AppLayout.tsx'
import { CampaignsScreen } from './screens/campaigns/CampaignsScreen.tsx'
import { DashboardScreen } from './screens/dashboard/DashboardScreen.tsx'
import { DocumentsScreen } from './screens/documents/DocumentsScreen.tsx'
import { InfluencersScreen } from './screens/influencers/InfluencersScreen.tsx'
import { PipelineScreen } from './screens/pipeline/PipelineScreen.tsx'
import { SettingsScreen } from './screens/settings/SettingsScreen.tsx'
import { ConflictsScreen } from './screens/sync/ConflictsScreen.tsx'

const theme = createTheme({ primaryColor: 'violet', defaultRadius: 'md' })

// Hash routes: the bundle is served from app:// (or the test host) with no server routing.
const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/pipeline" replace /> },
      { path: 'pipeline', element: <PipelineScreen /> },
      { path: 'influencers', element: <InfluencersScreen /> },
      { path: 'campaigns', element: <CampaignsScreen /> },
      { path: 'documents', element: <DocumentsScreen /> },
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
      <RouterProvider router={router} />
    </MantineProvider>
  )
}
