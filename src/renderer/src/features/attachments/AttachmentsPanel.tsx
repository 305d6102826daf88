import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Image,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconPaperclip, IconScissors, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_ATTACHMENT_BYTES, type Attachment, type RedactionBox } from '../../../../shared/api';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify';
import { dataUrl, readAsBase64 } from './read-file';
import { RedactionEditor } from './RedactionEditor';

export const THUMBNAIL_SIDE = 320;

export const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif,image/tiff,image/gif,audio/wav,audio/x-wav,audio/mpeg,application/pdf,.heic,.heif';

export interface AttachmentsPanelProps {
  caseId: string;
  /** A shared case: attachments are shown but cannot change. */
  readOnly?: boolean;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A case's images and audio. Files are cleaned on the way in (metadata
 * removed, type checked from the bytes); images get warnings about text or
 * faces in the pixels, which the author acknowledges after looking and, where
 * needed, burning in redaction boxes.
 */
export function AttachmentsPanel({ caseId, readOnly = false }: AttachmentsPanelProps) {
  const api = useApi();
  const [items, setItems] = useState<Attachment[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [adding, setAdding] = useState<string | null>(null);
  const [redacting, setRedacting] = useState<{ attachment: Attachment; src: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);

  /** Images: a small thumbnail; audio: the file itself (the player needs it). */
  const loadPreview = useCallback(
    async (a: Attachment) => {
      try {
        const content = a.mime.startsWith('image/')
          ? await api.call('attachments.thumbnail', { id: a.id, maxSide: THUMBNAIL_SIDE })
          : await api.call('attachments.content', { id: a.id });
        setPreviews((p) => ({ ...p, [a.sha256]: dataUrl(content.mime, content.dataBase64) }));
      } catch (error) {
        notifyError(`Could not show ${a.name}`, error);
      }
    },
    [api],
  );

  /** The redaction editor works on the full image, loaded when it opens. */
  const openRedaction = async (a: Attachment) => {
    setBusy(a.id);
    try {
      const content = await api.call('attachments.content', { id: a.id });
      setRedacting({ attachment: a, src: dataUrl(content.mime, content.dataBase64) });
    } catch (error) {
      notifyError(`Could not open ${a.name}`, error);
    } finally {
      setBusy(null);
    }
  };

  useEffect(() => {
    let alive = true;
    api.call('attachments.list', { caseId }).then(
      (list) => {
        if (!alive) return;
        setItems(list);
        list.forEach((a) => void loadPreview(a));
      },
      (error: unknown) => alive && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      alive = false;
    };
  }, [api, caseId, loadPreview]);

  const replace = (next: Attachment) => setItems((list) => (list ?? []).map((a) => (a.id === next.id ? next : a)));

  const add = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      notifyError(`Could not attach ${file.name}`, new Error(`The file is ${formatSize(file.size)}; attachments are limited to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`));
      return;
    }
    setAdding(file.name);
    try {
      const dataBase64 = await readAsBase64(file);
      const added = await api.call('attachments.add', { caseId, name: file.name, dataBase64 });
      setItems((list) => [...(list ?? []), added]);
      void loadPreview(added);
      notifications.show({
        color: added.warnings.length ? 'orange' : 'teal',
        title: `Attached as ${added.name}`,
        message: added.warnings.length
          ? 'Metadata removed. Check the warnings before sharing.'
          : 'Metadata removed; the original file name is not kept.',
      });
    } catch (error) {
      notifyError(`Could not attach ${file.name}`, error);
    } finally {
      setAdding(null);
    }
  };

  const acknowledge = async (a: Attachment) => {
    setBusy(a.id);
    try {
      replace(await api.call('attachments.acknowledgeWarnings', { id: a.id }));
    } catch (error) {
      notifyError('Could not record that you checked it', error);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (a: Attachment) => {
    setBusy(a.id);
    try {
      await api.call('attachments.remove', { id: a.id });
      setItems((list) => (list ?? []).filter((x) => x.id !== a.id));
      notifications.show({ color: 'gray', title: `Removed ${a.name}`, message: 'The file was deleted from this case.' });
    } catch (error) {
      notifyError(`Could not remove ${a.name}`, error);
    } finally {
      setBusy(null);
    }
  };

  const burn = async (a: Attachment, boxes: RedactionBox[]) => {
    try {
      const next = await api.call('attachments.redact', { id: a.id, boxes });
      replace(next);
      setRedacting(null);
      void loadPreview(next);
      notifications.show({ color: 'teal', title: `Redacted ${next.name}`, message: `${boxes.length} ${boxes.length === 1 ? 'box' : 'boxes'} burned into the image.` });
    } catch (error) {
      notifyError('Could not burn in the redactions', error);
      throw error;
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`attachments-${caseId}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={3} size="h4" id={`attachments-${caseId}`}>
            Attachments
          </Title>
          {!readOnly && (
            <FileButton onChange={(file) => void add(file)} accept={ACCEPT} resetRef={resetRef} inputProps={{ 'aria-label': 'Attach an image or audio file' }}>
              {(props) => (
                <Button {...props} variant="light" leftSection={<IconPaperclip size={16} />} loading={adding !== null}>
                  Attach image or audio
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Images (JPEG, PNG, WebP, TIFF, GIF, AVIF) are re-encoded without EXIF, GPS or other metadata; audio (WAV, MP3)
          loses its tags. PDFs cannot be de-identified yet: export their pages as images. Up to{' '}
          {MAX_ATTACHMENT_BYTES / 1024 / 1024} MB each.
        </Text>
        {adding && (
          <Group gap="xs" role="status" aria-label={`Attaching ${adding}`}>
            <Loader size="xs" />
            <Text size="sm">Cleaning {adding}…</Text>
          </Group>
        )}
        {loadError && (
          <Alert color="red" title="Could not load the attachments">
            {loadError}
          </Alert>
        )}
        {items === null && !loadError && <Loader size="sm" aria-label="Loading attachments" />}
        {items?.length === 0 && (
          <Text size="sm" c="dimmed">
            No attachments.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {items?.map((a) => {
            const preview = previews[a.sha256];
            const isImage = a.mime.startsWith('image/');
            const pending = a.warnings.filter((w) => !w.acknowledged);
            return (
              <Paper key={a.id} withBorder p="sm" radius="sm" component="article" aria-label={a.name}>
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs">
                    <Text fw={500} size="sm">
                      {a.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {a.width && a.height ? `${a.width}×${a.height} · ` : ''}
                      {formatSize(a.size)}
                      {a.redactions.length ? ` · ${a.redactions.length} redacted` : ''}
                    </Text>
                  </Group>
                  {isImage ? (
                    preview ? (
                      <Image src={preview} alt={`Preview of ${a.name}`} h={160} fit="contain" radius="sm" bg="gray.1" />
                    ) : (
                      <Loader size="sm" aria-label={`Loading preview of ${a.name}`} />
                    )
                  ) : preview ? (
                    <audio controls src={preview} aria-label={`Play ${a.name}`} style={{ width: '100%' }} />
                  ) : null}
                  {a.warnings.map((w) => (
                    <Alert
                      key={w.kind}
                      color={w.acknowledged ? 'gray' : 'orange'}
                      icon={w.acknowledged ? <IconCheck /> : <IconAlertTriangle />}
                      title={w.kind === 'text' ? 'Text in the image?' : 'A face in the image?'}
                      p="xs"
                    >
                      <Text size="xs">{w.message}</Text>
                      {w.acknowledged && (
                        <Badge size="xs" color="gray" mt={4}>
                          checked
                        </Badge>
                      )}
                    </Alert>
                  ))}
                  {!readOnly && (
                    <Group gap="xs">
                      {pending.length > 0 && (
                        <Button size="xs" color="orange" variant="light" leftSection={<IconCheck size={14} />} onClick={() => void acknowledge(a)} loading={busy === a.id}>
                          I have checked this
                        </Button>
                      )}
                      {isImage && (
                        <Button size="xs" variant="default" leftSection={<IconScissors size={14} />} onClick={() => void openRedaction(a)} disabled={busy === a.id}>
                          Redact…
                        </Button>
                      )}
                      <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} aria-label={`Remove ${a.name}`} onClick={() => void remove(a)} disabled={busy === a.id}>
                        Remove
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      </Stack>
      {redacting && (
        <RedactionEditor
          key={redacting.attachment.sha256}
          attachment={redacting.attachment}
          src={redacting.src}
          opened
          onClose={() => setRedacting(null)}
          onBurn={(boxes) => burn(redacting.attachment, boxes)}
        />
      )}
    </Paper>
  );
}
