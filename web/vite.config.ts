import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const webUrl = process.env.DEVZONE_WEB_URL ?? 'http://localhost:8090';

// Built into the Quarkus app's static resources (served by web's Quarkus application, see WebRoutes)
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    // The budget is 350 KB gzipped for what the first page needs; scripts/measure.mjs prints it
    chunkSizeWarningLimit: 1200,
    // No manual chunks: ECharts is imported only by the lazily loaded Chart, so it comes with the first chart
  },
  // The dev server takes the runtime configuration and the documents (/api/reports/…) from a running web application
  server: { port: 5173, proxy: { '/config.json': webUrl, '/api': webUrl } },
  test: {
    environment: 'jsdom',
    include: ['app/**/*.test.{ts,tsx}'],
    setupFiles: ['app/test/setup.ts'],
    // antd renders slowly in jsdom on a busy machine
    testTimeout: 30_000,
  },
});
