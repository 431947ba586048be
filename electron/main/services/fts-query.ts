/**
 * Turns what a user typed into an FTS5 query: every word must match, each as a prefix,
 * and nothing they type can be read as FTS syntax (quotes, NEAR, column filters).
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}@._-]+/u)
    .map((w) => w.replace(/["]/g, '').replace(/^[@._-]+|[._-]+$/g, ''))
    .filter((w) => w.length > 0)
  if (words.length === 0) return null
  return words.map((w) => `"${w}"*`).join(' ')
}
