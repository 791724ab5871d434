import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {parseEssay, type Section, toHtml} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'

const root = new URL('./fixtures/', import.meta.url)

/** The part of an essay a reader of the fixture cares about: kinds, items, warnings. */
function outline(sections: Section[]): unknown {
  return sections.map((section) => ({
    heading: section.heading,
    kind: section.kind,
    ...(section.items ? {items: section.items} : {}),
    ...(section.children.length > 0 ? {children: outline(section.children)} : {}),
  }))
}

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(`should turn fixtures/${name}/input.md into output.html and outline.json`, () => {
      const folder = new URL(`${name}/`, root)
      const essay = parseEssay(readFileSync(new URL('input.md', folder), 'utf8'))
      const html = toHtml(essay)
      const summary = `${JSON.stringify({title: essay.title, lang: essay.lang, sections: outline(essay.sections), warnings: essay.warnings}, null, 2)}\n`
      // Regenerate with `UPDATE=1 pnpm vitest run test/fixtures.test.ts`, then read the diff.
      if (process.env.UPDATE) {
        writeFileSync(new URL('output.html', folder), html)
        writeFileSync(new URL('outline.json', folder), summary)
      }
      expect(html).toBe(readFileSync(new URL('output.html', folder), 'utf8'))
      expect(summary).toBe(readFileSync(new URL('outline.json', folder), 'utf8'))
    })
  }
})
