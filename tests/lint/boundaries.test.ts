import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

// The project's real eslint.config.js, with type-aware rules off so virtual files can be linted.
const eslint = new ESLint({
  overrideConfig: [
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
    tseslint.configs.disableTypeChecked,
  ],
})

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`)
}

describe('the import boundaries of shared/DESIGN.md', () => {
  it('fail a renderer file that imports electron/ by a relative path', async () => {
    const ids = await ruleIdsFor(
      'renderer/screens/boundary-fixture.tsx',
      "import { startCore } from '../../electron/main/core/start-core.ts'\nexport const x = startCore\n",
    )
    expect(ids).toContain('import-x/no-restricted-paths')
  })

  it('fail a renderer file that imports electron/ by a #subpath import', async () => {
    const ids = await ruleIdsFor(
      'renderer/boundary-fixture.ts',
      "import { startCore } from '#main/core/start-core'\nexport const x = startCore\n",
    )
    expect(ids).toContain('import-x/no-restricted-paths')
  })

  it('fail a renderer file that opens the database itself', async () => {
    const ids = await ruleIdsFor(
      'renderer/boundary-fixture.ts',
      "import Database from 'better-sqlite3'\nexport const x = Database\n",
    )
    expect(ids).toContain('no-restricted-imports')
  })

  it('fail shared/ importing db/ and the core importing electron', async () => {
    expect(
      await ruleIdsFor(
        'shared/boundary-fixture.ts',
        "import { users } from '#db/sqlite/schema/index'\nexport const x = users\n",
      ),
    ).toContain('import-x/no-restricted-paths')
    expect(
      await ruleIdsFor(
        'electron/main/core/boundary-fixture.ts',
        "import { app } from 'electron'\nexport const x = app\n",
      ),
    ).toContain('no-restricted-imports')
  })

  it('pass a renderer file that imports only shared/', async () => {
    const ids = await ruleIdsFor(
      'renderer/boundary-fixture.ts',
      "import { contract } from '#shared/contract/index'\nexport const x = contract\n",
    )
    expect(ids).toEqual([])
  })
})
