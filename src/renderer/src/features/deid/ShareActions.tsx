import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconShare } from '@tabler/icons-react';
import { useState } from 'react';
import { RoundsError } from '../../../../shared/api';
import type { Case, CaseStatus } from '../../../../shared/model/case';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify';
import type { DeidController } from './use-deid';
import { downloadFile } from '../../app/download';

export interface ShareActionsProps {
  caseId: string;
  status: CaseStatus;
  deid: DeidController;
  /** Saves pending edits first: the gate checks the stored text. */
  flush(): Promise<void>;
  hasPending(): boolean;
  onShared(c: Case): void;
}


/**
 * "Share…" (a ready case; confirmed, since sharing cannot be undone) and
 * "Export as Markdown". Both pass the server's de-identification gate; a refusal
 * is shown in the review panel, which takes focus.
 */
export function ShareActions({ caseId, status, deid, flush, hasPending, onShared }: ShareActionsProps) {
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState<'share' | 'export' | null>(null);

  const refused = (title: string, error: unknown) => {
    if (error instanceof RoundsError && error.code === 'deid_unresolved') {
      deid.showRefusal(error.message);
      void deid.refreshReview();
      deid.focusPanel();
    } else {
      notifyError(title, error);
    }
  };

  const saved = async () => {
    await flush();
    if (hasPending()) throw new Error('Your latest changes are not saved yet; try again in a moment.');
  };

  const share = async () => {
    setConfirming(false);
    setWorking('share');
    try {
      await saved();
      const shared = await api.call('cases.setStatus', { id: caseId, status: 'shared' });
      deid.showRefusal(null);
      onShared(shared);
      notifications.show({ color: 'teal', title: 'Shared', message: 'The case is shared and now read-only.' });
    } catch (error) {
      refused('Could not share the case', error);
    } finally {
      setWorking(null);
    }
  };

  const exportMarkdown = async () => {
    setWorking('export');
    try {
      await saved();
      const { fileName, markdown } = await api.call('cases.exportMarkdown', { id: caseId });
      deid.showRefusal(null);
      downloadFile(fileName, [markdown], 'text/markdown;charset=utf-8');
    } catch (error) {
      refused('Could not export the case', error);
    } finally {
      setWorking(null);
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => void exportMarkdown()} loading={working === 'export'}>
        Export as Markdown
      </Button>
      {status === 'ready' && (
        <Button leftSection={<IconShare size={16} />} onClick={() => setConfirming(true)} loading={working === 'share'}>
          Share…
        </Button>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Share this case?">
        <Stack gap="sm">
          <Text size="sm">
            A shared case cannot be recalled: colleagues keep their copy. Rounds checks the text for identifiers once more before it leaves this
            machine, and the case becomes read-only.
          </Text>
          {deid.unresolved.length > 0 && (
            <Text size="sm" c="orange">
              {deid.unresolved.length} possible identifier{deid.unresolved.length === 1 ? ' is' : 's are'} still unresolved; sharing will be refused.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button onClick={() => void share()}>Share</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
