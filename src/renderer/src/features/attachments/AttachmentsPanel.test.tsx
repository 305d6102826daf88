// AttachmentsPanel against a fake, in-memory ApiClient (test-utils/fake-api): no server, no sharp.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoundsError, type Attachment } from '../../../../shared/api';
import { createFakeApi } from '../../test-utils/fake-api';
import { fireEvent, render, screen, waitFor, within } from '../../test-utils/render';
import { AttachmentsPanel } from './AttachmentsPanel';
import { clampBox } from './RedactionEditor';

const CASE = '11111111-1111-4111-8111-111111111111';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function attachment(over: Partial<Attachment>): Attachment {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    caseId: CASE,
    sha256: 'a'.repeat(64),
    name: 'image-1.png',
    mime: 'image/png',
    size: 2048,
    width: 320,
    height: 240,
    warnings: [],
    redactions: [],
    createdAt: '2026-01-05T09:00:00.000Z',
    ...over,
  };
}

const withText = attachment({
  warnings: [{ kind: 'text', message: 'Possible burned-in text: 1 line of text-like marks (near the top-left corner).', acknowledged: false }],
});

function baseApi(list: Attachment[], extra: Parameters<typeof createFakeApi>[0] = {}) {
  return createFakeApi({
    'attachments.list': () => list,
    'attachments.thumbnail': () => ({ mime: 'image/png', dataBase64: PNG_1PX, width: 1, height: 1 }),
    'attachments.content': () => ({ mime: 'image/png', dataBase64: PNG_1PX }),
    ...extra,
  });
}

beforeEach(() => {
  // jsdom has no canvas; the editor draws only when a 2D context exists.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => vi.restoreAllMocks());

describe('AttachmentsPanel', () => {
  it('lists attachments with previews and lets the author acknowledge a warning', async () => {
    const api = baseApi([withText], {
      'attachments.acknowledgeWarnings': () => ({ ...withText, warnings: withText.warnings.map((w) => ({ ...w, acknowledged: true })) }),
    });
    render(<AttachmentsPanel caseId={CASE} />, { api });
    const card = await screen.findByRole('article', { name: 'image-1.png' });
    const img = await within(card).findByRole('img', { name: 'Preview of image-1.png' });
    expect(img.getAttribute('src')).toBe(`data:image/png;base64,${PNG_1PX}`);
    expect(within(card).getByText(/Possible burned-in text/)).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'I have checked this' }));
    await waitFor(() => expect(within(card).queryByRole('button', { name: 'I have checked this' })).toBeNull());
    expect(within(card).getByText('checked')).toBeTruthy();
    expect(api.callsTo('attachments.acknowledgeWarnings')).toEqual([{ id: withText.id }]);
  });

  it('reads a chosen file as base64 and adds it; the neutral name is announced', async () => {
    const added = attachment({ id: '33333333-3333-4333-8333-333333333333', name: 'image-1.jpg', mime: 'image/jpeg', sha256: 'b'.repeat(64) });
    const api = baseApi([], { 'attachments.add': () => added });
    render(<AttachmentsPanel caseId={CASE} />, { api });
    await screen.findByText('No attachments.');
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'Jane Doe MRN 123.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByLabelText('Attach an image or audio file'), { target: { files: [file] } });
    expect(await screen.findByRole('article', { name: 'image-1.jpg' })).toBeTruthy();
    expect(api.callsTo('attachments.add')).toEqual([{ caseId: CASE, name: 'Jane Doe MRN 123.jpg', dataBase64: '/9j/4AECAw==' }]);
    expect(await screen.findByText('Attached as image-1.jpg')).toBeTruthy();
  });

  it('shows a refusal from the server as a notification', async () => {
    const api = baseApi([], {
      'attachments.add': () => {
        throw new RoundsError('invalid_input', 'PDF attachments cannot be de-identified automatically yet; export the pages as images and attach those.');
      },
    });
    render(<AttachmentsPanel caseId={CASE} />, { api });
    await screen.findByText('No attachments.');
    fireEvent.change(screen.getByLabelText('Attach an image or audio file'), { target: { files: [new File(['%PDF-1.7'], 'letter.pdf')] } });
    expect(await screen.findByText('Could not attach letter.pdf')).toBeTruthy();
    expect(screen.getByText(/PDF attachments cannot be de-identified automatically yet/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('refuses a file over the size limit without sending it', async () => {
    const api = baseApi([]);
    render(<AttachmentsPanel caseId={CASE} />, { api });
    await screen.findByText('No attachments.');
    const big = new File(['x'], 'huge.tif');
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText('Attach an image or audio file'), { target: { files: [big] } });
    expect(await screen.findByText(/attachments are limited to 25 MB/)).toBeTruthy();
    expect(api.callsTo('attachments.add')).toEqual([]);
  });

  it('redaction editor: boxes by keyboard and by mouse drag, remove one, burn in', async () => {
    const redacted = attachment({ sha256: 'c'.repeat(64), redactions: [{ x: 10, y: 5, width: 100, height: 20 }] });
    const api = baseApi([attachment({})], { 'attachments.redact': () => redacted });
    render(<AttachmentsPanel caseId={CASE} />, { api });
    const card = await screen.findByRole('article', { name: 'image-1.png' });
    await within(card).findByRole('img', { name: 'Preview of image-1.png' });
    expect(api.callsTo('attachments.thumbnail')).toEqual([{ id: attachment({}).id, maxSide: 320 }]);
    expect(api.callsTo('attachments.content')).toEqual([]);
    fireEvent.click(within(card).getByRole('button', { name: 'Redact…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Redact image-1.png' });
    expect(within(dialog).getByText('This cannot be undone')).toBeTruthy();
    expect(api.callsTo('attachments.content')).toEqual([{ id: attachment({}).id }]); // the full image, for the editor
    const burn = within(dialog).getByRole('button', { name: 'Burn in redactions' });
    expect(burn.hasAttribute('disabled')).toBe(true);

    // Keyboard: typed coordinates.
    const type = (label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
    type('X', '10');
    type('Y', '5');
    type('Width', '100');
    type('Height', '20');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add box' }));
    // Out of bounds is refused with a message.
    type('X', '300');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add box' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/inside the 320×240 image/);

    // Mouse: the canvas is shown at half size, so screen pixels are doubled into image pixels.
    const canvas = within(dialog).getByRole('img', { name: /drag to draw a box/ });
    vi.spyOn(canvas, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width: 160, height: 120, right: 160, bottom: 120, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(canvas, { clientX: 100, clientY: 100, pointerId: 1 });
    fireEvent.pointerMove(canvas, { clientX: 120, clientY: 110, pointerId: 1 });
    fireEvent.pointerUp(canvas, { clientX: 150, clientY: 115, pointerId: 1 });

    const list = within(dialog).getByRole('list', { name: 'Redaction boxes' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace('Remove', '').trim())).toEqual([
      'Box 1: x 10, y 5, 100×20',
      'Box 2: x 200, y 200, 100×30',
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove box 2' }));
    fireEvent.click(burn);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('attachments.redact')).toEqual([{ id: redacted.id, boxes: [{ x: 10, y: 5, width: 100, height: 20 }] }]);
    expect(within(card).getByText(/1 redacted/)).toBeTruthy();
  });

  it('removes an attachment, and offers no changes on a shared (read-only) case', async () => {
    const api = baseApi([withText], { 'attachments.remove': ({ id }) => ({ id }) });
    const { unmount } = render(<AttachmentsPanel caseId={CASE} />, { api });
    const card = await screen.findByRole('article', { name: 'image-1.png' });
    fireEvent.click(within(card).getByRole('button', { name: 'Remove image-1.png' }));
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    unmount();

    render(<AttachmentsPanel caseId={CASE} readOnly />, { api: baseApi([withText]) });
    const shared = await screen.findByRole('article', { name: 'image-1.png' });
    expect(within(shared).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByLabelText('Attach an image or audio file')).toBeNull();
    expect(within(shared).getByText(/Possible burned-in text/)).toBeTruthy();
  });
});

describe('clampBox', () => {
  it('keeps boxes whole-pixel and inside the image', () => {
    expect(clampBox({ x: -5, y: 2.4, width: 20, height: 500 }, 100, 50)).toEqual({ x: 0, y: 2, width: 15, height: 48 });
    expect(clampBox({ x: 99.8, y: 0, width: 3, height: 3 }, 100, 50)).toBeNull();
  });
});
