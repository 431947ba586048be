import * as Y from 'yjs'
import { bodyField, bodyText } from '#shared/documents/body'
import { defaultTemplates } from '#shared/documents/default-templates'
import type { TestCore } from '../core/test-core.ts'

/**
 * What the drafting tests start from: the default templates, and Ava Stone in the Summer
 * Glow campaign of Glow Labs with a $4,250 offer. Test support; the product never runs it.
 */
export async function contractScene(core: TestCore) {
  for (const template of defaultTemplates) await core.call('templates.create', template)
  const contractTemplate = (await core.call('templates.list', { kind: 'contract' }))[0]!.id
  const brand = await core.call('brands.create', { name: 'Glow Labs' })
  const campaignId = (
    await core.call('campaigns.create', {
      name: 'Summer Glow',
      brandId: brand.id,
      budget: 2_500_000,
      currency: 'USD',
      targetPlatforms: ['instagram'],
    })
  ).id
  const influencerId = (
    await core.call('influencers.create', {
      name: 'Ava Stone',
      primaryPlatform: 'instagram',
      followers: 52_000,
      addToPipeline: false,
    })
  ).id
  await core.call('campaigns.addInfluencer', { campaignId, influencerId })
  await core.call('offers.create', { campaignId, influencerId, price: 425_000, currency: 'USD' })
  return {
    contractTemplate,
    campaignId,
    influencerId,
    fee: 425_000,
    newContract: () =>
      core.call('documents.create', {
        kind: 'contract',
        templateId: contractTemplate,
        campaignId,
        influencerId,
      }),
    /** What the editor does: start from the body, change it, send only the change. */
    type: async (id: string, edit: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc()
      const { update } = await core.call('documents.body', { id })
      Y.applyUpdate(doc, Buffer.from(update, 'base64'))
      const before = Y.encodeStateVector(doc)
      edit(doc)
      const change = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64')
      return core.call('documents.edit', { id, update: change })
    },
    /** The body's text as the editor shows it. */
    bodyOf: async (id: string) => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, Buffer.from((await core.call('documents.body', { id })).update, 'base64'))
      return bodyText(doc)
    },
  }
}

export const appendParagraph = (text: string) => (doc: Y.Doc) => {
  const paragraph = new Y.XmlElement('paragraph')
  const words = new Y.XmlText()
  paragraph.insert(0, [words])
  const body = doc.getXmlFragment(bodyField)
  body.insert(body.length, [paragraph])
  words.insert(0, text)
}
