import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/browser/globalSetup.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            // One Chromium at a time on a 2-core machine: SwiftShader renders on the CPU.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
