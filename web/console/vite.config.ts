import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Served by the local gateway (and in production from static hosting) under /console/.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: { environment: 'happy-dom', include: ['tests/**/*.test.ts?(x)'], restoreMocks: true },
});
