import { svelte } from '@sveltejs/vite-plugin-svelte'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [svelte()],
  // The Fluent files live in ../locales, shared with the Rust core.
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  clearScreen: false,
  // Two pages: the app, and the projector's window (a frame for the room, nothing else).
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        projector: fileURLToPath(new URL('./projector.html', import.meta.url)),
      },
    },
  },
  test: { include: ['src/**/*.test.ts'] },
})
