import {parseEssay} from '@tsuzuri/essay'
import {expect, it} from 'vitest'

// The CDN build bundles the parser for browsers (its `browser` exports, no Node built-ins). It must
// parse exactly like the package does.
it('should parse every sample essay exactly like @tsuzuri/essay in the CDN parser chunk', async () => {
  const chunk: {parseEssay: typeof parseEssay} = await import(
    /* @vite-ignore */ new URL('../dist/cdn/tsuzuri-essay-parser.js', import.meta.url).href
  )
  const files: string[] = await (await fetch('/__fixtures/corpus/')).json()
  expect(files.length).toBeGreaterThan(10)
  const hostile =
    '## Story\n\n<svg><a href="x">s</a></svg> &amp; &copy; “quotes” <b>bold</b>\n\n* a\n* b\n\n[^1]\n\n[^1]: note'
  for (const text of [
    ...(await Promise.all(
      files.map(async (file) => (await fetch(`/__fixtures/corpus/${file}`)).text()),
    )),
    hostile,
  ]) {
    expect(chunk.parseEssay(text)).toEqual(parseEssay(text))
  }
})
