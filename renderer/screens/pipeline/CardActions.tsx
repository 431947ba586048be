import { ActionIcon, Menu, Popover } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCalendarEvent, IconDots, IconExternalLink, IconMessagePlus } from '@tabler/icons-react'
import { memo, useRef, useState } from 'react'
import type { PipelineCard } from '#shared/contract/index'
import { crm } from '../../lib/crm.ts'
import { errorText } from '../../lib/error-text.ts'
import { offerUndo } from '../../lib/undo.tsx'
import { useUiStore } from '../../stores/ui-store.ts'
import { dayToFollowUp, shortDate } from './follow-up.ts'
import { FollowUpPicker } from './FollowUpPicker.tsx'
import classes from './pipeline.module.css'

/**
 * A card's quick actions: log an interaction, set or clear the follow-up, open the page.
 * Its own button above the card's, so it never starts a drag or opens the page by accident.
 */
export const CardActions = memo(function CardActions({
  card,
  onOpen,
}: {
  card: PipelineCard
  onOpen: () => void
}) {
  const [picking, setPicking] = useState(false)
  /** null until the menu is first opened: see below. */
  const [menu, setMenu] = useState<boolean | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const [busy, setBusy] = useState(false)

  const closePicker = () => {
    setPicking(false)
    // The calendar hangs off a bare anchor; the user goes back to the button they came from.
    requestAnimationFrame(() => buttonRef.current?.focus())
  }

  const setFollowUp = async (day: string | null) => {
    const previous = card.followUpDate
    const followUpDate = day ? dayToFollowUp(day) : null
    const write = (value: string | null) =>
      crm('pipeline.updateRelationship', {
        id: card.relationshipId,
        patch: { followUpDate: value },
      })
    setBusy(true)
    try {
      await write(followUpDate)
      closePicker()
      offerUndo(
        followUpDate
          ? `Follow-up with ${card.name} set for ${shortDate(followUpDate)}`
          : `Follow-up with ${card.name} cleared`,
        () => write(previous),
      )
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `The follow-up with ${card.name} was not saved`,
        message: errorText(error),
      })
    } finally {
      setBusy(false)
    }
  }

  const trigger = {
    variant: 'subtle',
    color: 'gray',
    size: 'md',
    'aria-label': `Actions for ${card.name}`,
    children: <IconDots size={16} />,
  } as const

  return (
    <div className={classes.actions}>
      {menu === null ? (
        // A plain button until first used: a board mounts hundreds of cards as it scrolls,
        // and a menu per card would cost each of them for the few ever opened.
        <ActionIcon
          {...trigger}
          ref={buttonRef}
          aria-haspopup="menu"
          aria-expanded={false}
          onClick={() => setMenu(true)}
        />
      ) : (
        <Menu opened={menu} onChange={setMenu} position="bottom-end" shadow="md" width={190}>
          <Menu.Target>
            <ActionIcon {...trigger} ref={buttonRef} />
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconMessagePlus size={16} />}
              // Once the menu has handed focus back: closing the dialog then returns it here.
              onClick={() =>
                requestAnimationFrame(() =>
                  useUiStore.getState().openLogInteraction({ influencerId: card.influencerId }),
                )
              }
            >
              Log interaction
            </Menu.Item>
            <Menu.Item
              leftSection={<IconCalendarEvent size={16} />}
              // Likewise, so the calendar keeps the focus the closing menu would take back.
              onClick={() => requestAnimationFrame(() => setPicking(true))}
            >
              Set follow-up
            </Menu.Item>
            <Menu.Item leftSection={<IconExternalLink size={16} />} onClick={onOpen}>
              Open
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      {picking ? (
        <Popover
          opened
          onChange={(opened) => {
            if (!opened) closePicker()
          }}
          position="bottom-end"
          shadow="md"
          trapFocus
        >
          <Popover.Target>
            <span className={classes.anchor} />
          </Popover.Target>
          <Popover.Dropdown>
            <FollowUpPicker
              name={card.name}
              current={card.followUpDate}
              busy={busy}
              onPick={(day) => void setFollowUp(day)}
            />
          </Popover.Dropdown>
        </Popover>
      ) : null}
    </div>
  )
})
