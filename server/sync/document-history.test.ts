import { uuidv7 } from 'uuidv7'
import { beforeAll, describe, expect, it } from 'vitest'
import { newBodyUpdate } from '#shared/documents/body'
import { useSyncFixture } from '../testing/fixture.ts'
import type { Agency, TestDevice } from '../testing/server.ts'

// Sync rule 5 and the document steps of rule 4 on the server: the history is append-only
// and readable, approved text takes no more words, and only a manager approves or signs.

const hex = (text: string) => `\\x${Buffer.from(newBodyUpdate(text)).toString('hex')}`

describe('a document’s history and steps on the server', () => {
  const f = useSyncFixture('pglite')
  let north: Agency
  let member: TestDevice
  let admin: TestDevice

  beforeAll(async () => {
    ;({ north } = f)
    member = await f.device(north.member)
    admin = await f.device(north.admin)
  })

  const newDocument = async () => {
    const id = uuidv7()
    const [made] = await member.push(
      member.mutation('documents', id, 'insert', { kind: 'contract', title: 'Agreement' }),
    )
    expect(made).toMatchObject({ status: 'applied' })
    return id
  }

  it('keeps every entry as written: a stored one is never changed', async () => {
    const doc = await newDocument()
    const entry = uuidv7()
    const fee = hex('Fee is 5000 dollars')
    await member.push(
      member.mutation('document_updates', entry, 'insert', { document_id: doc, update: fee }),
    )
    const [rewrite] = await member.push(
      member.mutation('document_updates', entry, 'update', { update: hex('Fee is 1 dollar') }),
    )
    expect(rewrite).toMatchObject({ status: 'rejected', reason: 'invalid' })
    const [row] = await f.db.sql.query<{ update: Uint8Array }>(
      'select update from document_updates where id = $1',
      [entry],
    )
    expect(`\\x${Buffer.from(row!.update).toString('hex')}`).toBe(fee)
  })

  it('lets only a manager approve, and takes no more words once approved', async () => {
    const doc = await newDocument()
    const review = await member.push(
      member.mutation('documents', doc, 'update', { status: 'in_review' }),
    )
    expect(review[0]).toMatchObject({ status: 'applied' })
    const [byMember] = await member.push(
      member.mutation('documents', doc, 'update', { status: 'approved' }),
    )
    expect(byMember).toMatchObject({ status: 'rejected', reason: 'forbidden' })
    const [byAdmin] = await admin.push(
      admin.mutation('documents', doc, 'update', { status: 'approved' }),
    )
    expect(byAdmin).toMatchObject({ status: 'applied' })

    // Words typed offline while it was in review arrive after the approval.
    const [late] = await member.push(
      member.mutation('document_updates', uuidv7(), 'insert', {
        document_id: doc,
        update: hex('Added on the plane'),
      }),
    )
    expect(late).toMatchObject({ status: 'rejected', reason: 'transition' })
    expect(late).toHaveProperty('message', expect.stringContaining('Move it back to draft'))
  })

  it('lets only a manager shape templates', async () => {
    const [byMember] = await member.push(
      member.mutation('document_templates', uuidv7(), 'insert', {
        kind: 'brief',
        name: 'Mine',
        body: 'x',
      }),
    )
    expect(byMember).toMatchObject({ status: 'rejected', reason: 'forbidden' })
    const [byAdmin] = await admin.push(
      admin.mutation('document_templates', uuidv7(), 'insert', {
        kind: 'brief',
        name: 'House brief',
        body: '# {{campaign.name}}',
      }),
    )
    expect(byAdmin).toMatchObject({ status: 'applied' })
  })
})
