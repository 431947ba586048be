import {
  ActionIcon,
  Button,
  EmptyState,
  Group,
  NumberInput,
  Select,
  Table,
  Text,
} from '@mantine/core'
import { IconPackage, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import type { CampaignDetail } from '#shared/contract/index'
import { crm } from '../../../lib/crm.ts'
import { useCrmQuery } from '../../../lib/use-crm-query.ts'
import { offerUndo } from '../../../lib/undo.tsx'
import { formatMoney } from '../../../lib/money.ts'
import { useRun } from '../use-run.ts'
import { SectionCard } from './SectionCard.tsx'

/** Products sent to influencers for seeding, picked from the catalogue. */
export function ProductsCard({ campaign }: { campaign: CampaignDetail }) {
  const catalogue = useCrmQuery('products.list', {}, ['products'])
  const [productId, setProductId] = useState<string | null>(null)
  const [quantity, setQuantity] = useState<number | string>(1)
  const action = useRun()
  const inCampaign = new Set(campaign.products.map((p) => p.productId))
  // The brand's own products first: they are what a campaign seeds, usually.
  const offered = (catalogue.data ?? [])
    .filter((p) => !inCampaign.has(p.id))
    .sort((a, b) => Number(b.brandId === campaign.brandId) - Number(a.brandId === campaign.brandId))

  const add = () =>
    void action.run('add', async () => {
      if (!productId) throw new Error('Choose a product to add.')
      await crm('campaigns.addProduct', {
        campaignId: campaign.id,
        productId,
        quantity: Number(quantity) || 1,
      })
      setProductId(null)
      setQuantity(1)
    })
  const remove = (id: string, name: string) =>
    void action.run(id, async () => {
      await crm('campaigns.removeProduct', { id })
      offerUndo(`Removed ${name} from the seeding list`, () =>
        crm('campaigns.restoreProduct', { id }),
      )
    })

  return (
    <SectionCard
      title="Products for seeding"
      count={campaign.products.length}
      error={action.error ?? catalogue.error?.message}
      onDismissError={action.clearError}
    >
      <Group align="flex-end" gap="xs" mb="sm">
        <Select
          label="Product"
          placeholder={
            catalogue.data?.length === 0 ? 'No products in the catalogue' : 'Choose a product'
          }
          searchable
          clearable
          style={{ flex: 1 }}
          data={offered.map((p) => ({
            value: p.id,
            label: `${p.name} · ${p.sku} · ${formatMoney(p.price, p.currency)}`,
          }))}
          value={productId}
          onChange={setProductId}
          nothingFoundMessage="No such product"
          comboboxProps={{ withinPortal: true }}
        />
        <NumberInput label="Quantity" min={1} w={110} value={quantity} onChange={setQuantity} />
        <Button variant="light" loading={action.busy === 'add'} disabled={!productId} onClick={add}>
          Add product
        </Button>
      </Group>
      {campaign.products.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconPackage />}
          title="Nothing to send yet"
          description="Pick the products influencers should receive, with how many of each."
        />
      ) : (
        <Table aria-label="Products for seeding" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th ta="right">Discount</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaign.products.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm">{p.productName}</Text>
                </Table.Td>
                <Table.Td ta="right">{p.quantity}</Table.Td>
                <Table.Td ta="right">
                  {p.discountPercent === null ? '—' : `${p.discountPercent}%`}
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${p.productName}`}
                    loading={action.busy === p.id}
                    onClick={() => remove(p.id, p.productName)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  )
}
