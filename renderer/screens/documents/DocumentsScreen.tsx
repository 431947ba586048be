import { Button, Tabs } from '@mantine/core'
import { useDisclosure, useHotkeys } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { ScreenHeader } from '../../components/ScreenHeader.tsx'
import { plural } from '../../lib/format.ts'
import { useDocumentListStore } from './document-list-store.ts'
import { DocumentsList, listLimit, useDocumentList } from './DocumentsList.tsx'
import { NewDocumentModal } from './NewDocumentModal.tsx'
import { TemplatesPanel } from './TemplatesPanel.tsx'
import { ShortcutKbd } from '../../components/ShortcutKbd.tsx'

/** Briefs, contracts, outreach, POs and invoices; and the templates they start from. */
export function DocumentsScreen() {
  const { tab, setTab } = useDocumentListStore()
  const [creating, { open, close }] = useDisclosure(false)
  useHotkeys([['mod+n', open]])
  const list = useDocumentList()
  const { data, filtered } = list

  return (
    <>
      <ScreenHeader
        title="Documents"
        subtitle={
          !data
            ? ' '
            : data.length >= listLimit
              ? `The ${listLimit} most recently changed; search finds the others`
              : plural(data.length, 'document') +
                (filtered ? (data.length === 1 ? ' matches' : ' match') : '')
        }
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            rightSection={<ShortcutKbd keys="mod+N" />}
            onClick={open}
          >
            New document
          </Button>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => setTab(value === 'templates' ? 'templates' : 'documents')}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="documents">Documents</Tabs.Tab>
          <Tabs.Tab value="templates">Templates</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="documents">
          <DocumentsList list={list} onNew={open} />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesPanel />
        </Tabs.Panel>
      </Tabs>
      <NewDocumentModal opened={creating} onClose={close} />
    </>
  )
}
