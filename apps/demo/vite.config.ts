import {defineConfig} from 'vite'
import {tsuzuriSite} from './site/plugin.js'

export default defineConfig({
  // Relative URLs everywhere: the built site works from any folder of any static host.
  base: './',
  plugins: [tsuzuriSite()],
  build: {
    target: 'es2022',
    emptyOutDir: true,
  },
  server: {
    host: '127.0.0.1',
  },
})
