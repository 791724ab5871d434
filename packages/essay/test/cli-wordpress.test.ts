import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runCli} from './cli-run.js'

const exportFile = fileURLToPath(new URL('./wordpress-export/export.xml', import.meta.url))

describe('tsuzuri parse export.xml (a WordPress export)', () => {
  it('should write one output per published post, named by slug, and count what it skipped', () => {
    const out = mkdtempSync(join(tmpdir(), 'tsuzuri-wxr-'))
    const {code, stderr} = runCli(['parse', exportFile, '--out', out])
    expect(code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['back-at-work.json', '復帰.json'])
    expect(stderr).toContain(
      'export.xml: 2 published posts; skipped 1 draft, 1 page, 2 attachments\ntsuzuri: 2 parsed, 0 with warnings, 0 failed',
    )
    const post = JSON.parse(readFileSync(join(out, '復帰.json'), 'utf8'))
    expect(post.title).toBe('復帰したら、仕事がなかった')
    // The author's display name, not the login; the date and link from the export.
    expect(post.frontmatter).toMatchObject({
      author: '山田 花子',
      date: '2026-03-04',
      url: 'https://yururi.example/2026/03/fukki/',
    })
    expect(post.sections.map((section: {kind: string}) => section.kind)).toEqual([
      'intro',
      'experience',
      'feelings',
    ])
    // A classic-editor post (no <p>) in an export whose blog language is ja: its own language,
    // and a paragraph per blank line, as WordPress shows it.
    const classic = JSON.parse(readFileSync(join(out, 'back-at-work.json'), 'utf8'))
    expect(classic.title).toBe('Back at work & invisible')
    expect(classic.lang).toBe('en')
    expect(classic.frontmatter.author).toBe('Ruth Okafor')
    expect(classic.sections[0].html).toBe(
      '<p>I went back to the office in April, after eleven months at home.</p>',
    )
  })

  it('should fail an .xml file that is not an export, or not XML, with one line each', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tsuzuri-wxr-'))
    writeFileSync(join(folder, 'feed.xml'), '<?xml version="1.0"?><rss><channel></channel></rss>')
    writeFileSync(
      join(folder, 'broken.xml'),
      '<rss xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<item></channel>',
    )
    const {code, stderr} = runCli(['parse', 'feed.xml', 'broken.xml', '--out', 'out'], {
      cwd: folder,
    })
    expect(code).toBe(1)
    const lines = stderr.trim().split('\n')
    expect(lines[0]).toBe(
      'tsuzuri: [1/2] feed.xml: is XML but not a WordPress export: give Markdown, text or HTML files, or the .xml of Tools → Export',
    )
    expect(lines[1]).toMatch(
      /^tsuzuri: \[2\/2\] broken\.xml: is not well-formed XML \(line 3\): .+: export it again from WordPress$/,
    )
    expect(lines).toHaveLength(3)
  })
})
