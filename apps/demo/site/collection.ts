/**
 * The site's own collection: `samples/collection.json`, made from the sample essays by
 * `buildCollection` of `@tsuzuri/essay`, the function `tsuzuri index` calls. The digest page
 * points `<tsuzuri-digest>` at it.
 */
import type {Collection} from '@tsuzuri/essay'
import {loadParser} from './parser.js'
import type {Sample} from './samples.js'

/** Where the collection is on the site, next to the samples it summarizes. */
export const collectionFile = 'samples/collection.json'

/**
 * The samples as one collection, in the site's order (featured essays first). Each essay is
 * named by its file name without extension, so its id is stable (`mommy-track`). `file` stays
 * `null`: the site has no JSON of each essay. `url` is the essay's frontmatter `url`, as
 * `buildCollection` reads it: the site has no page per sample, so there is nothing else to give.
 */
export async function sampleCollection(samples: readonly Sample[]): Promise<Collection> {
  const {buildCollection} = await loadParser()
  return buildCollection(
    samples.map((sample) => ({essay: sample.essay, name: sample.file.replace(/\.[^.]+$/, '')})),
  )
}

/** `samples/collection.json`'s content. */
export async function collectionJson(samples: readonly Sample[]): Promise<string> {
  return `${JSON.stringify(await sampleCollection(samples))}\n`
}
