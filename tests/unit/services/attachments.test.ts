import { existsSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundsError, type Attachment } from '../../../src/shared/api';
import type { Case } from '../../../src/shared/model/case';
import { attachmentGate, listAttachments } from '../../../src/server/db/queries/attachments';
import { getCaseRow } from '../../../src/server/db/queries/cases';
import { purgeDeletedBefore } from '../../../src/server/db/queries/cases';
import { sweepUnreferencedBlobs } from '../../../src/server/services/attachments';
import { tempRounds } from '../../helpers/library';
import { containsAny, jpegWithMetadata, mp3WithMetadata, PLANTED, svg, wavWithMetadata } from '../media/fixtures';

let env: ReturnType<typeof tempRounds>;
afterEach(() => env?.cleanup());

const b64 = (bytes: Buffer) => bytes.toString('base64');

async function rejection(promise: Promise<unknown>, code: string): Promise<RoundsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RoundsError);
    expect((error as RoundsError).code).toBe(code);
    return error as RoundsError;
  }
  throw new Error(`expected ${code}`);
}

function history(caseId: string): { kind: string; detail: Record<string, unknown> }[] {
  const rowid = getCaseRow(env.library.read, caseId)!.rowid;
  return (env.library.read.prepare('SELECT kind, detail FROM case_history WHERE case_rowid = ? ORDER BY id').all(rowid) as {
    kind: string;
    detail: string;
  }[]).map((r) => ({ kind: r.kind, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

const overlayPng = () =>
  svg(320, 240, `<rect width="320" height="240" fill="#111"/><circle cx="160" cy="120" r="70" fill="#777"/>
    <text x="6" y="16" font-family="DejaVu Sans Mono" font-size="12" fill="#fff">DOE^JANE 00482133</text>`).png().toBuffer();

describe('attachments service', () => {
  it('adds a cleaned image under a neutral name, lists it and serves the cleaned bytes', async () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: { title: 'Rash' } });
    const original = await jpegWithMetadata(64, 48, 6);
    const a = await env.callAsync<Attachment>('attachments.add', { caseId: c.id, name: 'Jane Doe MRN 48213377.jpg', dataBase64: b64(original) });
    expect(a).toMatchObject({ caseId: c.id, name: 'image-1.jpg', mime: 'image/jpeg', width: 48, height: 64, redactions: [] });
    expect(env.call<Attachment[]>('attachments.list', { caseId: c.id })).toEqual([a]);

    const content = env.call<{ mime: string; dataBase64: string }>('attachments.content', { id: a.id });
    const bytes = Buffer.from(content.dataBase64, 'base64');
    expect(bytes.length).toBe(a.size);
    expect(containsAny(bytes, Object.values(PLANTED))).toEqual([]);
    expect(existsSync(env.rounds.ctx.blobs.pathOf(a.sha256))).toBe(true);

    const thumb = await env.callAsync<{ mime: string; dataBase64: string; width: number; height: number }>('attachments.thumbnail', { id: a.id, maxSide: 32 });
    expect([thumb.mime, thumb.width, thumb.height]).toEqual(['image/jpeg', 24, 32]);
    const thumbBytes = Buffer.from(thumb.dataBase64, 'base64');
    expect(containsAny(thumbBytes, Object.values(PLANTED))).toEqual([]);
    expect((await sharp(thumbBytes).metadata()).exif).toBeUndefined();

    const second = await env.callAsync<Attachment>('attachments.add', { caseId: c.id, name: 'x.jpg', dataBase64: b64(original) });
    expect(second.name).toBe('image-2.jpg');
    expect(second.sha256).toBe(a.sha256); // same cleaned bytes, one blob

    expect(history(c.id).map((h) => h.kind)).toEqual(['attachment.add', 'attachment.add']);
    expect(JSON.stringify(history(c.id))).not.toContain('Jane');
  });

  it('stores warnings unacknowledged, and the gate sees them until the author acknowledges', async () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: { title: 'CT' } });
    const a = await env.callAsync<Attachment>('attachments.add', { caseId: c.id, name: 'ct.png', dataBase64: b64(await overlayPng()) });
    expect(a.warnings).toEqual([expect.objectContaining({ kind: 'text', acknowledged: false })]);
    const rowid = getCaseRow(env.library.read, c.id)!.rowid;
    expect(attachmentGate(env.library.read, rowid)).toEqual({
      images: 1,
      audio: 0,
      unacknowledged: [{ attachmentId: a.id, name: 'image-1.png', kind: 'text' }],
    });
    const acked = env.call<Attachment>('attachments.acknowledgeWarnings', { id: a.id });
    expect(acked.warnings.every((w) => w.acknowledged)).toBe(true);
    expect(listAttachments(env.library.read, rowid)[0]!.warnings[0]!.acknowledged).toBe(true);
    expect(attachmentGate(env.library.read, rowid).unacknowledged).toEqual([]);
    expect(history(c.id).at(-1)).toEqual({ kind: 'attachment.acknowledge', detail: { attachmentId: a.id, kinds: ['text'] } });
  });

  it('redacts: new bytes and sha256, boxes appended, the unredacted blob deleted', async () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: { title: 'CT' } });
    const a = await env.callAsync<Attachment>('attachments.add', { caseId: c.id, name: 'ct.png', dataBase64: b64(await overlayPng()) });
    const oldPath = env.rounds.ctx.blobs.pathOf(a.sha256);
    const box = { x: 0, y: 0, width: 200, height: 24 };
    const r = await env.callAsync<Attachment>('attachments.redact', { id: a.id, boxes: [box] });
    expect(r.sha256).not.toBe(a.sha256);
    expect(r.redactions).toEqual([box]);
    expect(existsSync(oldPath)).toBe(false);
    expect(env.rounds.ctx.blobs.list()).toEqual([r.sha256]);
    // The overlay was the only text: its warning is gone.
    expect(r.warnings).toEqual([]);
    const { data, info } = await sharp(Buffer.from(env.call<{ dataBase64: string }>('attachments.content', { id: a.id }).dataBase64, 'base64'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    for (let y = 0; y < 24; y++) for (let x = 0; x < 200; x++) expect(data[(y * info.width + x) * info.channels]).toBe(0);

    const again = await env.callAsync<Attachment>('attachments.redact', { id: a.id, boxes: [{ x: 300, y: 200, width: 20, height: 40 }] });
    expect(again.redactions).toHaveLength(2);
    expect(history(c.id).map((h) => h.kind)).toEqual(['attachment.add', 'attachment.redact', 'attachment.redact']);
    await rejection(env.callAsync('attachments.redact', { id: a.id, boxes: [{ x: 310, y: 0, width: 20, height: 5 }] }), 'invalid_input');
  });

  it('keeps a blob another attachment still uses, and deletes it with the last reference', async () => {
    env = tempRounds();
    const c1 = env.call<Case>('cases.create', { fields: { title: 'One' } });
    const c2 = env.call<Case>('cases.create', { fields: { title: 'Two' } });
    const png = b64(await overlayPng());
    const a = await env.callAsync<Attachment>('attachments.add', { caseId: c1.id, name: 'a.png', dataBase64: png });
    const b = await env.callAsync<Attachment>('attachments.add', { caseId: c2.id, name: 'b.png', dataBase64: png });
    await env.callAsync('attachments.redact', { id: a.id, boxes: [{ x: 0, y: 0, width: 10, height: 10 }] });
    expect(env.rounds.ctx.blobs.has(b.sha256)).toBe(true);
    expect(env.call('attachments.remove', { id: b.id })).toEqual({ id: b.id });
    expect(env.rounds.ctx.blobs.has(b.sha256)).toBe(false);
    expect(env.call<Attachment[]>('attachments.list', { caseId: c2.id })).toEqual([]);
    expect(history(c2.id).map((h) => h.kind)).toEqual(['attachment.add', 'attachment.remove']);
  });

  it('strips audio tags and refuses PDFs, unknown types, mismatched names and bad base64 with clear messages', async () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: { title: 'Murmur' } });
    const wav = await env.callAsync<Attachment>('attachments.add', { caseId: c.id, name: 'rec.wav', dataBase64: b64(wavWithMetadata()) });
    const mp3 = await env.callAsync<Attachment>('attachments.add', { caseId: c.id, name: 'rec.mp3', dataBase64: b64(mp3WithMetadata()) });
    expect([wav.name, wav.mime, wav.width, mp3.name, mp3.mime]).toEqual(['audio-1.wav', 'audio/wav', null, 'audio-2.mp3', 'audio/mpeg']);
    expect((await rejection(env.callAsync('attachments.thumbnail', { id: wav.id }), 'invalid_input')).message).toMatch(/Only images/);
    expect(history(c.id)[0]!.detail.removed).toEqual(['bext', 'LIST', 'id3 ']);

    const pdf = await rejection(env.callAsync('attachments.add', { caseId: c.id, name: 'r.pdf', dataBase64: b64(Buffer.from('%PDF-1.7 ...')) }), 'invalid_input');
    expect(pdf.message).toMatch(/^PDF attachments cannot be de-identified automatically yet/);
    const mov = await rejection(env.callAsync('attachments.add', { caseId: c.id, name: 'clip.mov', dataBase64: b64(Buffer.from('\0\0\0\x14ftypqt  \0\0\0\0', 'latin1')) }), 'invalid_input');
    expect(mov.message).toMatch(/ISO media file.*cannot attach/);
    const mismatch = await rejection(env.callAsync('attachments.add', { caseId: c.id, name: 'photo.jpg', dataBase64: b64(wavWithMetadata()) }), 'invalid_input');
    expect(mismatch.message).toMatch(/name and the contents disagree/);
    await rejection(env.callAsync('attachments.add', { caseId: c.id, name: 'x.png', dataBase64: 'not base64!' }), 'invalid_input');
    expect(env.call<Attachment[]>('attachments.list', { caseId: c.id })).toHaveLength(2);
    expect(env.rounds.ctx.blobs.list()).toHaveLength(2);
  });

  it('refuses changes to a shared case, unknown ids, and reports a corrupted blob instead of serving it', async () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', {
      fields: { title: 'Done', presentation: 'p', findings: 'f', question: 'q', specialty: 'cardiology', ageBand: '30-44', sex: 'female' },
    });
    const a = await env.callAsync<Attachment>('attachments.add', { caseId: c.id, name: 'a.png', dataBase64: b64(await overlayPng()) });
    // The lead's sharing gate reads attachmentGate: unchecked warnings and missing consent block sharing.
    await rejection(Promise.resolve().then(() => env.call('cases.setStatus', { id: c.id, status: 'shared' })), 'deid_unresolved');
    env.call('attachments.acknowledgeWarnings', { id: a.id });
    env.call('consent.set', { caseId: c.id, consentedBy: 'patient', form: 'written', date: '2026-01-04' });
    env.call('cases.setStatus', { id: c.id, status: 'shared' });
    const png = b64(await overlayPng());
    expect((await rejection(env.callAsync('attachments.add', { caseId: c.id, name: 'b.png', dataBase64: png }), 'conflict')).message).toMatch(/shared/);
    await rejection(env.callAsync('attachments.redact', { id: a.id, boxes: [{ x: 0, y: 0, width: 1, height: 1 }] }), 'conflict');
    await rejection(Promise.resolve().then(() => env.call('attachments.remove', { id: a.id })), 'conflict');
    await rejection(Promise.resolve().then(() => env.call('attachments.list', { caseId: crypto.randomUUID() })), 'not_found');
    await rejection(Promise.resolve().then(() => env.call('attachments.content', { id: crypto.randomUUID() })), 'not_found');

    writeFileSync(env.rounds.ctx.blobs.pathOf(a.sha256), Buffer.from('tampered'));
    const corrupted = await rejection(Promise.resolve().then(() => env.call('attachments.content', { id: a.id })), 'internal');
    expect(corrupted.message).toMatch(/damaged and will not be shown/);
  });

  it('sweeps the blobs of a purged case (rows cascade away, files do not)', async () => {
    env = tempRounds();
    const keep = env.call<Case>('cases.create', { fields: { title: 'Keep' } });
    const gone = env.call<Case>('cases.create', { fields: { title: 'Gone' } });
    const kept = await env.callAsync<Attachment>('attachments.add', { caseId: keep.id, name: 'a.png', dataBase64: b64(await overlayPng()) });
    const wav = await env.callAsync<Attachment>('attachments.add', { caseId: gone.id, name: 'b.wav', dataBase64: b64(wavWithMetadata()) });
    env.call('cases.delete', { id: gone.id });
    env.tick(60_000);
    expect(purgeDeletedBefore(env.library.write, new Date(Date.now() + 1e12).toISOString())).toBe(1);
    expect(env.rounds.ctx.blobs.has(wav.sha256)).toBe(true);
    expect(sweepUnreferencedBlobs(env.rounds.ctx)).toEqual([wav.sha256]);
    expect(env.rounds.ctx.blobs.list()).toEqual([kept.sha256]);
  });

  it('router.call refuses an asynchronous method with a pointer to callAsync', async () => {
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: { title: 'x' } });
    expect(() => env.call('attachments.add', { caseId: c.id, name: 'a.png', dataBase64: 'AAAA' })).toThrow(/callAsync/);
    // callAsync also serves synchronous methods.
    expect(await env.callAsync<Attachment[]>('attachments.list', { caseId: c.id })).toEqual([]);
  });
});

describe('attachments over the transport dispatcher', () => {
  it('dispatch awaits asynchronous handlers (Electron IPC and host WebSocket both use it)', async () => {
    const { dispatch } = await import('../../../src/server/host/dispatch');
    env = tempRounds();
    const c = env.call<Case>('cases.create', { fields: { title: 'x' } });
    const png = await svg(8, 8, '<rect width="8" height="8" fill="#456"/>').png().toBuffer();
    const added = await dispatch(env.rounds.router, { id: 7, method: 'attachments.add', input: { caseId: c.id, name: 'a.png', dataBase64: b64(png) } });
    expect(added).toMatchObject({ id: 7, ok: true, value: { name: 'image-1.png', mime: 'image/png' } });
    const refused = await dispatch(env.rounds.router, { id: 8, method: 'attachments.add', input: { caseId: c.id, name: 'a.pdf', dataBase64: b64(Buffer.from('%PDF-1.4')) } });
    expect(refused).toMatchObject({ id: 8, ok: false, error: { code: 'invalid_input' } });
    // Structured-clonable, as IPC requires.
    expect(structuredClone(added)).toEqual(added);
  });
});
