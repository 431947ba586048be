import { Notifications } from '@mantine/notifications'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentDetail, DocumentStatus, DocumentVersionRow } from '#shared/contract/index'
import {
  bodyField,
  bodyFromUpdates,
  bodyText,
  newBodyUpdate,
  replaceBody,
} from '#shared/documents/body'
import { documentTransitions } from '#shared/domain/status-machines'
import { installFakeCrm, removeFakeCrm, renderWithApp } from '../../test-utils.tsx'
import { base64ToBytes, bytesToBase64 } from './base64.ts'
import { DocumentPage } from './DocumentPage.tsx'

afterEach(removeFakeCrm)

const id = '0190f5a2-0000-7000-8000-00000000d001'

/** Main as far as one document goes: its record, its append-only body, its status machine. */
function fakeDocument(status: DocumentStatus, extra: Partial<DocumentDetail> = {}) {
  const history = [newBodyUpdate('# Creator agreement\nThe fee is **$4,000.00**.')]
  let detail: DocumentDetail = {
    id,
    kind: 'contract',
    title: 'Creator agreement: Ava Stone',
    status,
    campaignId: null,
    campaignName: null,
    influencerId: null,
    influencerName: 'Ava Stone',
    ownerName: 'Mia Chen',
    preview: '',
    updatedAt: '2026-11-20T10:00:00.000Z',
    visibility: 'team',
    templateId: null,
    templateName: 'Creator agreement',
    pdfPath: null,
    financial: null,
    nextStatuses: [...documentTransitions[status]],
    canApprove: true,
    canWrite: true,
    ...extra,
  }
  // As main does after a write: the screens showing that table read it again.
  const written = (table: string) => setTimeout(() => crm.emit([table]), 0)
  const versions: (DocumentVersionRow & { snapshot: Uint8Array })[] = []
  const crm = installFakeCrm({
    'documents.get': () => detail,
    'documents.versions': () => versions.map(({ snapshot: _, ...row }) => row),
    'documents.saveVersion': ({ name }) => {
      const row = {
        id: `0190f5a2-0000-7000-8000-0000000a000${versions.length}`,
        name,
        parentVersionId: null,
        createdByName: 'Mia Chen',
        createdAt: '2026-11-21T10:00:00.000Z',
      }
      versions.unshift({ ...row, snapshot: Y.mergeUpdates(history) })
      written('document_versions')
      return row
    },
    'documents.versionText': ({ versionId }) => ({
      text: bodyText(bodyFromUpdates([versions.find((v) => v.id === versionId)!.snapshot])),
    }),
    'documents.restoreVersion': ({ versionId }) => {
      const body = bodyFromUpdates(history)
      const before = Y.encodeStateVector(body)
      replaceBody(body, bodyFromUpdates([versions.find((v) => v.id === versionId)!.snapshot]))
      history.push(Y.encodeStateAsUpdate(body, before))
      written('document_updates')
      return detail
    },
    'documents.body': ({ since }) => {
      const whole = Y.mergeUpdates(history)
      return {
        update: bytesToBase64(since ? Y.diffUpdate(whole, base64ToBytes(since)) : whole),
      }
    },
    'documents.edit': ({ update }) => {
      if (detail.status !== 'draft' && detail.status !== 'in_review') {
        // As main does: words that arrive after approval become a version.
        return { id, keptAs: 'Typed after it was approved (2026-11-21 10:00 UTC)' }
      }
      history.push(base64ToBytes(update))
      written('document_updates')
      return { id, keptAs: null }
    },
    'documents.move': ({ to }) => {
      detail = { ...detail, status: to, nextStatuses: [...documentTransitions[to]] }
      written('documents')
      return detail
    },
    'financialDocuments.update': ({ patch }) => {
      const financial = { ...detail.financial!, ...patch }
      detail = { ...detail, financial }
      written('financial_documents')
      return financial
    },
    'documents.exportPdf': () => {
      detail = { ...detail, pdfPath: '/home/mia/Creator agreement.pdf' }
      written('documents')
      return { path: detail.pdfPath }
    },
  })
  return { crm, history }
}

const renderPage = () =>
  renderWithApp(
    <>
      <Notifications />
      <Routes>
        <Route path="/documents/:id" element={<DocumentPage />} />
      </Routes>
    </>,
    { route: `/documents/${id}` },
  )

it('opens the body in the editor and reads in a colleague’s edit when main reports it', async () => {
  const { crm, history } = fakeDocument('draft')
  renderPage()
  const text = await screen.findByRole('textbox', { name: 'Document text' })
  await waitFor(() => expect(text).toHaveTextContent('The fee is $4,000.00.'))
  expect(text).toHaveAttribute('contenteditable', 'true')
  expect(screen.getByText('Saved on this device')).toBeInTheDocument()
  expect(screen.queryByTestId('read-only-note')).toBeNull()

  // Ben's edit arrives by sync: main stores it and says document_updates changed.
  const ben = bodyFromUpdates(history)
  const before = Y.encodeStateVector(ben)
  const paragraph = ben.getXmlFragment(bodyField).get(1) as Y.XmlElement
  ;(paragraph.get(0) as Y.XmlText).insert(0, 'Agreed: ')
  history.push(Y.encodeStateAsUpdate(ben, before))
  crm.emit(['document_updates'])

  await waitFor(() => expect(text).toHaveTextContent('Agreed: The fee is $4,000.00.'))
  // Only the difference was asked for, and nothing went back to main.
  expect(crm.callsTo('documents.body').at(-1)).toMatchObject({ id })
  expect(crm.callsTo('documents.body').at(-1)).toHaveProperty('since')
  expect(crm.callsTo('documents.edit')).toEqual([])
})

it('shows a viewer the text read-only, saying why', async () => {
  fakeDocument('draft', { canWrite: false, nextStatuses: [] })
  renderPage()
  const text = await screen.findByRole('textbox', { name: 'Document text' })
  await waitFor(() => expect(text).toHaveTextContent('The fee is'))
  expect(text).toHaveAttribute('contenteditable', 'false')
  expect(screen.getByTestId('read-only-note')).toHaveTextContent(
    'Your role reads documents; ask a manager if you need to change one.',
  )
})

it('moves a document through review, then shows it read-only and exports it', async () => {
  const { crm } = fakeDocument('in_review')
  renderPage()
  const text = await screen.findByRole('textbox', { name: 'Document text' })
  await waitFor(() => expect(text).toHaveTextContent('The fee is'))

  fireEvent.click(screen.getByRole('button', { name: 'Approve' }))
  expect(await screen.findByTestId('read-only-note')).toHaveTextContent(
    'This document is approved, so its text is a record now. Move it back to draft to change it.',
  )
  expect(crm.callsTo('documents.move')).toEqual([{ id, to: 'approved' }])
  await waitFor(() => expect(text).toHaveAttribute('contenteditable', 'false'))
  expect(screen.getByRole('button', { name: 'Mark sent' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Back to draft' })).toBeInTheDocument()

  fireEvent.click(screen.getByRole('button', { name: 'Export PDF' }))
  expect(await screen.findByText('PDF saved')).toBeInTheDocument()
  expect(await screen.findByTestId('pdf-path')).toHaveTextContent(
    'Last exported to /home/mia/Creator agreement.pdf',
  )
  expect(crm.callsTo('documents.exportPdf')).toEqual([{ id }])
})

it('shows a purchase order’s provisional number and saves its lines and due date', async () => {
  const usd = (n: number) =>
    new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(n)
  const { crm } = fakeDocument('draft', {
    kind: 'po',
    financial: {
      id: '0190f5a2-0000-7000-8000-00000000f001',
      campaignId: null,
      documentId: id,
      type: 'po',
      documentNumber: 'PROV-PO-20261120-AB12',
      numberProvisional: true,
      amount: 400_000,
      currency: 'USD',
      status: 'pending',
      issueDate: '2026-11-20T00:00:00.000Z',
      dueDate: '2026-12-20T00:00:00.000Z',
      paidDate: null,
      description: null,
      lineItems: [{ description: 'Influencer services', quantity: 1, unitPrice: 400_000 }],
    },
  })
  renderPage()
  const panel = await screen.findByRole('region', { name: 'Purchase order' })
  expect(panel).toHaveTextContent('PROV-PO-20261120-AB12')
  expect(panel).toHaveTextContent('Provisional')
  expect(screen.getByTestId('financial-total')).toHaveTextContent(`Total ${usd(4_000)}`)

  fireEvent.change(screen.getByRole('textbox', { name: 'Line 1 quantity' }), {
    target: { value: '2' },
  })
  expect(screen.getByTestId('financial-total')).toHaveTextContent(`Total ${usd(8_000)}`)
  fireEvent.click(screen.getByRole('button', { name: 'Save purchase order' }))
  await waitFor(() =>
    expect(crm.callsTo('financialDocuments.update')).toEqual([
      {
        id: '0190f5a2-0000-7000-8000-00000000f001',
        patch: {
          lineItems: [{ description: 'Influencer services', quantity: 2, unitPrice: 400_000 }],
          dueDate: '2026-12-20T00:00:00.000Z',
        },
      },
    ]),
  )
})

it('saves a named version, reads it, and restores it as a new edit the editor shows', async () => {
  const { crm, history } = fakeDocument('draft')
  renderPage()
  const text = await screen.findByRole('textbox', { name: 'Document text' })
  await waitFor(() => expect(text).toHaveTextContent('The fee is $4,000.00.'))

  fireEvent.click(screen.getByRole('button', { name: 'Versions' }))
  const drawer = await screen.findByRole('dialog', { name: 'Versions' })
  expect(await within(drawer).findByText('No versions yet')).toBeInTheDocument()
  fireEvent.click(within(drawer).getByRole('button', { name: 'Save version' }))
  expect(await within(drawer).findByRole('alert')).toHaveTextContent('Name the version')
  fireEvent.change(within(drawer).getByRole('textbox', { name: 'Version name' }), {
    target: { value: 'Sent to legal' },
  })
  fireEvent.click(within(drawer).getByRole('button', { name: 'Save version' }))
  const version = await within(drawer).findByRole('listitem', { name: 'Sent to legal' })
  expect(crm.callsTo('documents.saveVersion')).toEqual([{ id, name: 'Sent to legal' }])

  // Someone rewrites the fee; the version still holds the old words.
  const later = bodyFromUpdates(history)
  const before = Y.encodeStateVector(later)
  replaceBody(later, bodyFromUpdates([newBodyUpdate('# Creator agreement\nThe fee is $1.')]))
  history.push(Y.encodeStateAsUpdate(later, before))
  crm.emit(['document_updates'])
  await waitFor(() => expect(text).toHaveTextContent('The fee is $1.'))

  fireEvent.click(within(version).getByRole('button', { name: 'Read' }))
  expect(await within(version).findByLabelText('Version text')).toHaveTextContent(
    'The fee is $4,000.00.',
  )
  fireEvent.click(within(version).getByRole('button', { name: 'Restore' }))
  await waitFor(() => expect(text).toHaveTextContent('The fee is $4,000.00.'))
  expect(text).not.toHaveTextContent('$1.')
  expect(crm.callsTo('documents.restoreVersion')).toEqual([
    { versionId: '0190f5a2-0000-7000-8000-0000000a0000' },
  ])
})
