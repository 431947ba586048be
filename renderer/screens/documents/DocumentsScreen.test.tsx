import { Notifications } from '@mantine/notifications'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { DocumentDetail, DocumentRow, TemplateRow } from '#shared/contract/index'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../test-utils.tsx'
import { campaignDetail, campaignId, influencerLink } from '../campaigns/campaign-fixture.ts'
import { useDocumentListStore } from './document-list-store.ts'
import { DocumentsScreen } from './DocumentsScreen.tsx'

afterEach(removeFakeCrm)
beforeEach(() => {
  useDocumentListStore.getState().clear()
  useDocumentListStore.getState().setTab('documents')
})

const contract: DocumentRow = {
  id: '0190f5a2-0000-7000-8000-00000000d001',
  kind: 'contract',
  title: 'Creator agreement: Ava Stone',
  status: 'in_review',
  campaignId,
  campaignName: "Winter Glow '26",
  influencerId: '0190f5a2-0000-7000-8000-000000000201',
  influencerName: 'Ava Stone',
  ownerName: 'Mia Chen',
  preview: 'Creator agreement\nThe Agency will pay the Creator a fee of €4,000.00',
  updatedAt: '2026-11-20T10:00:00.000Z',
}

const detailOf = (row: DocumentRow, extra: Partial<DocumentDetail> = {}): DocumentDetail => ({
  ...row,
  visibility: 'team',
  templateId: null,
  templateName: null,
  pdfPath: null,
  financial: null,
  nextStatuses: ['draft', 'approved'],
  canApprove: true,
  canWrite: true,
  ...extra,
})

const templates: TemplateRow[] = [
  {
    id: '0190f5a2-0000-7000-8000-00000000e001',
    kind: 'contract',
    name: 'Creator agreement',
    body: '# Creator agreement\nFee: {{offer.price}}',
    usageCount: 12,
    updatedAt: '2026-10-01T10:00:00.000Z',
  },
]

it('lists documents with what they are about, and narrows them by words and status', async () => {
  const crm = installFakeCrm({
    'documents.list': ({ status, search }) =>
      status === 'signed' || search === 'nothing' ? [] : [contract],
    'documents.get': () => detailOf(contract),
  })
  renderWithApp(<DocumentsScreen />)
  const row = await screen.findByRole('row', { name: /Creator agreement: Ava Stone/ })
  for (const cell of ['Contract', 'In review', "Winter Glow '26", 'Ava Stone', 'Mia Chen'])
    expect(within(row).getAllByText(cell, { exact: true }).length).toBeGreaterThan(0)
  expect(within(row).getByRole('link', { name: contract.title })).toHaveAttribute(
    'href',
    `/documents/${contract.id}`,
  )
  expect(screen.getByText('1 document')).toBeInTheDocument()

  fireEvent.change(screen.getByRole('textbox', { name: 'Search documents' }), {
    target: { value: ' fee 4,000 ' },
  })
  await waitFor(() =>
    expect(crm.callsTo('documents.list').at(-1)).toEqual({ limit: 200, search: 'fee 4,000' }),
  )
  expect(await screen.findByText('1 document matches')).toBeInTheDocument()

  fireEvent.click(screen.getByRole('combobox', { name: 'Status' }))
  fireEvent.click(await screen.findByRole('option', { name: 'Signed' }))
  expect(await screen.findByText('No document matches')).toBeInTheDocument()
  expect(crm.callsTo('documents.list').at(-1)).toEqual({
    limit: 200,
    search: 'fee 4,000',
    status: 'signed',
  })
  fireEvent.click(screen.getByRole('button', { name: 'Show all documents' }))
  await waitFor(() => expect(crm.callsTo('documents.list').at(-1)).toEqual({ limit: 200 }))
  expect(await screen.findByRole('row', { name: /Ava Stone/ })).toBeInTheDocument()
})

it('starts a contract from a template for one of the campaign’s influencers and opens it', async () => {
  const ava = influencerLink('Ava Stone', 1)
  const crm = installFakeCrm({
    'documents.list': () => [],
    'templates.list': ({ kind }) => templates.filter((t) => !kind || t.kind === kind),
    'campaigns.list': () => [
      {
        id: campaignId,
        name: "Winter Glow '26",
        brandId: null,
        brandName: 'Glow Labs',
        status: 'active',
        startDate: null,
        endDate: null,
        influencerCount: 1,
        budget: { currency: 'EUR', budget: 0, committed: 0, paid: 0, remaining: 0 },
      },
    ],
    'campaigns.get': () => campaignDetail({ influencers: [ava] }),
    'influencers.list': () => ({ rows: [], total: 0 }),
    'sync.status': () => ({
      state: 'signed-out',
      account: null,
      pending: 0,
      conflicts: 0,
      bootstrap: null,
      lastSyncedAt: null,
      message: null,
      retryAt: null,
    }),
    'documents.create': (input) =>
      detailOf(
        { ...contract, id: '0190f5a2-0000-7000-8000-00000000d002', status: 'draft' },
        {
          templateId: input.templateId ?? null,
        },
      ),
  })
  renderWithApp(
    <Routes>
      <Route path="/documents" element={<DocumentsScreen />} />
      <Route path="/documents/:id" element={<p>Editor of the new document</p>} />
    </Routes>,
    { route: '/documents' },
  )
  expect(await screen.findByText('No documents yet')).toBeInTheDocument()
  fireEvent.click(screen.getAllByRole('button', { name: /New document/ })[0]!)
  const dialog = await screen.findByRole('dialog', { name: 'New document' })
  // A contract starts from the contract template unless the person picks Blank.
  await waitFor(() =>
    expect(within(dialog).getByRole('combobox', { name: 'Template' })).toHaveValue(
      'Creator agreement',
    ),
  )
  fireEvent.click(within(dialog).getByRole('combobox', { name: 'Campaign' }))
  fireEvent.click(await screen.findByRole('option', { name: "Winter Glow '26 (Glow Labs)" }))
  fireEvent.click(within(dialog).getByRole('combobox', { name: 'Influencer' }))
  expect(await screen.findByText("In Winter Glow '26")).toBeInTheDocument()
  fireEvent.click(await screen.findByRole('option', { name: 'Ava Stone' }))
  fireEvent.click(within(dialog).getByRole('button', { name: 'Create document' }))

  expect(await screen.findByText('Editor of the new document')).toBeInTheDocument()
  expect(crm.callsTo('documents.create')).toEqual([
    {
      kind: 'contract',
      templateId: templates[0]!.id,
      campaignId,
      influencerId: ava.influencerId,
    },
  ])
})

it('lets a manager delete a template with undo, and shows others the templates read-only', async () => {
  let deleted = false
  const crm = installFakeCrm({
    'documents.list': () => [contract],
    'templates.mayEdit': () => ({ mayEdit: true }),
    'templates.list': () => (deleted ? [] : templates),
    'templates.delete': ({ id }) => {
      deleted = true
      return { id }
    },
    'templates.restore': ({ id }) => {
      deleted = false
      return { id }
    },
  })
  useDocumentListStore.getState().setTab('templates')
  const view = renderWithApp(
    <>
      <Notifications />
      <DocumentsScreen />
    </>,
  )
  const row = await screen.findByRole('row', { name: /Creator agreement/ })
  expect(row).toHaveTextContent('Contract')
  expect(screen.getByRole('button', { name: 'New template' })).toBeInTheDocument()
  fireEvent.click(
    await within(row).findByRole('button', { name: 'Delete the template Creator agreement' }),
  )
  await waitFor(() => expect(crm.callsTo('templates.delete')).toEqual([{ id: templates[0]!.id }]))
  fireEvent.click(await screen.findByRole('button', { name: 'Undo' }))
  await waitFor(() => expect(crm.callsTo('templates.restore')).toEqual([{ id: templates[0]!.id }]))
  view.unmount()
  removeFakeCrm()

  // Someone without document.approve reads templates and their merge fields, nothing more.
  installFakeCrm({
    'documents.list': () => [contract],
    'templates.mayEdit': () => ({ mayEdit: false }),
    'templates.list': () => templates,
  })
  renderWithApp(<DocumentsScreen />)
  const readOnly = await screen.findByRole('row', { name: /Creator agreement/ })
  fireEvent.click(
    await within(readOnly).findByRole('button', { name: 'Read the template Creator agreement' }),
  )
  const dialog = await screen.findByRole('dialog', { name: 'Creator agreement' })
  expect(within(dialog).getByText(/Only managers change templates/)).toBeInTheDocument()
  expect(within(dialog).getByRole('textbox', { name: /Text/ })).toHaveAttribute('readonly')
  expect(within(dialog).getByText('{{offer.price}}')).toBeInTheDocument()
  expect(within(dialog).queryByRole('button', { name: 'Save template' })).toBeNull()
  expect(screen.queryByRole('button', { name: 'New template' })).toBeNull()
})
