/**
 * `custom-elements.json` for editors, docs and frameworks: the element's attributes, properties,
 * events, slots, parts and CSS properties, read from the class and its JSDoc. Module paths point
 * at the published files in `dist/`.
 */
export default {
  globs: ['src/tsuzuri-essay/tsuzuri-essay.component.ts', 'src/tsuzuri-essay/tsuzuri-essay.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
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
