/** electron-builder.yml is not built here (no Electron binary), so check it against electron-builder's own schema. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', () => {
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'));

  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships the build output with better-sqlite3 unpacked from the asar', () => {
    expect(config).toMatchObject({
      appId: 'org.rounds.app',
      productName: 'Rounds',
      directories: { output: 'dist' },
      files: ['out/**', 'package.json'],
      asarUnpack: ['node_modules/better-sqlite3/**'],
      mac: { target: ['dmg'], category: 'public.app-category.medical' },
      win: { target: ['nsis'] },
      linux: { target: ['AppImage', 'deb'] },
    });
  });
});
