import { ActionIcon, Button, Group, Select, Stack, TextInput, Tooltip } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { crm } from '../../lib/crm.ts'
import { useAction } from '../../lib/use-action.ts'
import { useCrmQuery } from '../../lib/use-crm-query.ts'

/** Picks the campaign's brand, or adds a new one without leaving the form. */
export function BrandSelect({
  value,
  onChange,
  error,
}: {
  value: string | null
  onChange: (id: string | null) => void
  error?: string | undefined
}) {
  const brands = useCrmQuery('brands.list', {}, ['brands'])
  const [adding, setAdding] = useState(false)
  const [name, setName] = useState('')
  const create = useAction(async () => {
    const brand = await crm('brands.create', { name })
    onChange(brand.id)
    setName('')
    setAdding(false)
  })

  if (adding) {
    return (
      <Stack gap={4}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label="New brand"
            placeholder="Brand name"
            data-autofocus
            autoFocus
            style={{ flex: 1 }}
            value={name}
            error={create.error}
            onChange={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter adds the brand here instead of submitting the whole campaign form.
              if (e.key === 'Enter') {
                e.preventDefault()
                void create.run()
              }
            }}
          />
          <Button variant="light" loading={create.busy} onClick={() => void create.run()}>
            Add brand
          </Button>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label="Cancel the new brand"
            onClick={() => setAdding(false)}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      </Stack>
    )
  }

  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label="Brand"
        placeholder={brands.data?.length ? 'Choose a brand' : 'No brands yet: add one'}
        searchable
        clearable
        style={{ flex: 1 }}
        data={(brands.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
        value={value}
        onChange={onChange}
        error={error ?? brands.error?.message}
        nothingFoundMessage="No brand by that name; add it with +"
        comboboxProps={{ withinPortal: true }}
      />
      <Tooltip label="Add a brand">
        <ActionIcon
          variant="light"
          size="input-sm"
          aria-label="Add a brand"
          onClick={() => setAdding(true)}
        >
          <IconPlus size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
