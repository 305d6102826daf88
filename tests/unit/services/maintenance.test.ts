import sharp from 'sharp';
import { afterEach, expect, it } from 'vitest';
import type { Case } from '../../../src/shared/model/case';
import { createRounds } from '../../../src/server/services';
import { BIN_RETENTION_DAYS } from '../../../src/server/services/maintenance';
import { tempRounds } from '../../helpers/library';

let env: ReturnType<typeof tempRounds>;
afterEach(() => env?.cleanup());

it('removes cases binned longer than the retention, with their blobs, when the library opens', async () => {
  env = tempRounds();
  const old = env.call<Case>('cases.create', { fields: { title: 'Binned long ago' } });
  const recent = env.call<Case>('cases.create', { fields: { title: 'Binned yesterday' } });
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#840' } }).png().toBuffer();
  const a = await env.callAsync<{ sha256: string }>('attachments.add', {
    caseId: old.id,
    name: 'x.png',
    dataBase64: png.toString('base64'),
  });
  expect(env.rounds.ctx.blobs.has(a.sha256)).toBe(true);
  env.call('cases.delete', { id: old.id });
  env.tick((BIN_RETENTION_DAYS - 1) * 86_400_000);
  env.call('cases.delete', { id: recent.id });

  // Reopen two days later: the first is past the retention, the second is not.
  const later = new Date(env.rounds.ctx.now().getTime() + 2 * 86_400_000);
  const reopened = createRounds(env.library, { now: () => later, blobDir: env.rounds.ctx.blobs.dir });
  const ids = (env.library.read.prepare('SELECT id FROM cases').all() as { id: string }[]).map((r) => r.id);
  expect(ids).toEqual([recent.id]);
  expect(reopened.ctx.blobs.has(a.sha256)).toBe(false);
  expect(reopened.router.call('cases.restore', { id: recent.id })).toMatchObject({ title: 'Binned yesterday' });
});
