import {existsSync, readdirSync} from 'node:fs'
import * as path from 'node:path'
import {embedCdnDir} from './paths.js'
import {essaysDir} from './samples.js'

/** Files copied into the site as they are: the element's CDN build and the sample essays. */
export function staticFiles(): Map<string, string> {
  const files = new Map<string, string>()
  if (existsSync(embedCdnDir)) {
    for (const entry of readdirSync(embedCdnDir, {recursive: true, withFileTypes: true})) {
      if (!entry.isFile() || entry.name.endsWith('.map')) continue
      const absolute = path.join(entry.parentPath, entry.name)
      files.set(`embed/${path.relative(embedCdnDir, absolute).split(path.sep).join('/')}`, absolute)
    }
  }
  if (existsSync(essaysDir)) {
    for (const name of readdirSync(essaysDir)) {
      if (/\.(?:md|txt)$/.test(name)) files.set(`samples/${name}`, path.join(essaysDir, name))
    }
  }
  return files
}
