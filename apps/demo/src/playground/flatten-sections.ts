import type {Section} from '@tsuzuri/essay'

/** Every section of the tree in reading order, with its depth (0 for a top-level section). */
export function flattenSections(
  sections: readonly Section[],
  level = 0,
): Array<{section: Section; level: number}> {
  return sections.flatMap((section) => [
    {section, level},
    ...flattenSections(section.children, level + 1),
  ])
}
