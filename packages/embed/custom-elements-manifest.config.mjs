/**
 * `custom-elements.json` for editors, docs and frameworks: each element's attributes, properties,
 * events, slots, parts and CSS properties, read from the class and its JSDoc. Module paths point
 * at the published files in `dist/`.
 */
export default {
  globs: [
    'src/tsuzuri-essay/tsuzuri-essay.component.ts',
    'src/tsuzuri-essay/tsuzuri-essay.ts',
    'src/tsuzuri-digest/tsuzuri-digest.component.ts',
    'src/tsuzuri-digest/tsuzuri-digest.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The public API only: declarations a module exports (not the variables of `render()`, such
      // as `ui`, `t` and `shown`), and members that are not private (`#view`, `#pick()`).
      name: 'tsuzuri-public-api',
      moduleLinkPhase({moduleDoc}) {
        const exported = new Set(
          (moduleDoc.exports ?? []).map((item) => item.declaration?.name ?? item.name),
        )
        moduleDoc.declarations = (moduleDoc.declarations ?? []).filter((declaration) =>
          exported.has(declaration.name),
        )
        for (const declaration of moduleDoc.declarations) {
          if (!declaration.members) continue
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
          )
        }
      },
    },
    {
      name: 'tsuzuri-dist-paths',
      packageLinkPhase({customElementsManifest}) {
        const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js')
        const visit = (value) => {
          if (Array.isArray(value)) value.forEach(visit)
          else if (value && typeof value === 'object') {
            for (const [key, inner] of Object.entries(value)) {
              if ((key === 'path' || key === 'module') && typeof inner === 'string')
                value[key] = toDist(inner)
              else visit(inner)
            }
          }
        }
        visit(customElementsManifest.modules)
      },
    },
  ],
}
