import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconCheck,
  IconChevronDown,
  IconDeviceFloppy,
  IconLayoutList,
  IconPencil,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react'
import { useState } from 'react'
import { offerUndo } from '../../../lib/undo.tsx'
import { sameQuery, type SavedView } from '../../../stores/influencer-table-query.ts'
import {
  activeView,
  builtInViews,
  isBuiltIn,
  useInfluencerTableStore,
} from '../../../stores/influencer-table-store.ts'
import { ViewNameModal } from './ViewNameModal.tsx'

type Naming = { mode: 'save' } | { mode: 'rename'; view: SavedView } | null

/**
 * Saved views: the current search, filters and order under a name, kept on this computer.
 * Built-in views come first; the active one can be updated, renamed or deleted (with undo).
 */
export function SavedViewsMenu() {
  const store = useInfluencerTableStore()
  const active = activeView(store)
  const edited = !sameQuery(active, store.query)
  const own = !isBuiltIn(active.id)
  const [naming, setNaming] = useState<Naming>(null)
  const label = `${active.name}${edited ? ' (edited)' : ''}`

  const item = (view: SavedView) => (
    <Menu.Item
      key={view.id}
      leftSection={view.id === active.id ? <IconCheck size={14} /> : <span style={{ width: 14 }} />}
      aria-current={view.id === active.id ? 'true' : undefined}
      onClick={() => store.applyView(view.id)}
    >
      {view.name}
    </Menu.Item>
  )

  const remove = () => {
    const index = store.views.findIndex((v) => v.id === active.id)
    const removed = store.deleteView(active.id)
    if (!removed) return
    offerUndo(`Deleted the view “${removed.name}”`, () =>
      Promise.resolve(useInfluencerTableStore.getState().restoreView(removed, index)),
    )
  }

  return (
    <>
      <Menu position="bottom-end" width={260} shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            aria-label={`Saved views: ${label}`}
            leftSection={<IconLayoutList size={16} />}
            rightSection={<IconChevronDown size={14} />}
          >
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Views</Menu.Label>
          {builtInViews.map(item)}
          {store.views.length > 0 ? (
            <>
              <Menu.Divider />
              <Menu.Label>Your views</Menu.Label>
              {store.views.map(item)}
            </>
          ) : null}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconDeviceFloppy size={14} />}
            onClick={() => setNaming({ mode: 'save' })}
          >
            Save as new view…
          </Menu.Item>
          {own && edited ? (
            <Menu.Item
              leftSection={<IconRefresh size={14} />}
              onClick={() => {
                store.updateView(active.id)
                notifications.show({ message: `Updated the view “${active.name}”.` })
              }}
            >
              Update “{active.name}”
            </Menu.Item>
          ) : null}
          {own ? (
            <>
              <Menu.Item
                leftSection={<IconPencil size={14} />}
                onClick={() => setNaming({ mode: 'rename', view: active })}
              >
                Rename “{active.name}”…
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={remove}>
                Delete “{active.name}”
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      {naming?.mode === 'save' ? (
        <ViewNameModal
          title="Save view"
          submitLabel="Save view"
          initialName=""
          onClose={() => setNaming(null)}
          onSubmit={(name) => {
            store.saveView(name)
            setNaming(null)
          }}
        />
      ) : naming?.mode === 'rename' ? (
        <ViewNameModal
          title="Rename view"
          submitLabel="Rename"
          initialName={naming.view.name}
          viewId={naming.view.id}
          onClose={() => setNaming(null)}
          onSubmit={(name) => {
            store.renameView(naming.view.id, name)
            setNaming(null)
          }}
        />
      ) : null}
    </>
  )
}
