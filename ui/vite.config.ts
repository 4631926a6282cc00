import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [svelte()],
  // The Fluent files live in ../locales, shared with the Rust core.
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  clearScreen: false,
  build: { target: 'es2022', sourcemap: false },
  test: { include: ['src/**/*.test.ts'] },
})
