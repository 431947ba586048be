import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { metaContentSecurityPolicy } from './shared/security/csp.ts'

const root = import.meta.dirname
// CRM_OUT_DIR lets several builds (parallel test runs) keep out of each other's way.
const out = process.env.CRM_OUT_DIR ?? resolve(root, 'out')

export default defineConfig({
  main: {
    build: {
      outDir: resolve(out, 'main'),
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      // A sandboxed preload cannot require node_modules: bundle everything, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [
      react(),
      {
        name: 'crm-csp-meta',
        // The same policy electron main sends as a header, written once in shared/.
        transformIndexHtml: (html) =>
          html.replace(
            '<!-- CSP -->',
            `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`,
          ),
      },
    ],
    build: {
      outDir: resolve(out, 'renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
})
