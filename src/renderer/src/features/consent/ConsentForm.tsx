import { Alert, Button, Group, Loader, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { CONSENT_FORMS, CONSENT_GIVERS, type Consent } from '../../../../shared/api';
import { useApi } from '../../app/api-context';
import { capitalise } from '../../app/labels';
import { notifyError } from '../../app/notify';

type Giver = (typeof CONSENT_GIVERS)[number];
type Form = (typeof CONSENT_FORMS)[number];

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The patient's consent to share this case: who gave it, in what form, when,
 * and notes. Recorded on the case (consent.set); required before a case with
 * images can be shared (the server enforces it).
 */
export function ConsentForm({ caseId, readOnly = false }: { caseId: string; readOnly?: boolean }) {
  const api = useApi();
  const [consent, setConsent] = useState<Consent | null | undefined>(undefined);
  const [hasImages, setHasImages] = useState(false);
  const [consentedBy, setConsentedBy] = useState<Giver | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [date, setDate] = useState(today);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    api.call('consent.get', { caseId }).then(
      (value) => alive && setConsent(value),
      () => alive && setConsent(null),
    );
    api.call('attachments.list', { caseId }).then(
      (list) => alive && setHasImages(list.length > 0),
      () => {},
    );
    return () => {
      alive = false;
    };
  }, [api, caseId]);

  const save = async () => {
    if (!consentedBy || !form || !date) return;
    setBusy(true);
    try {
      setConsent(await api.call('consent.set', { caseId, consentedBy, form, date, notes }));
    } catch (error) {
      notifyError('Could not record the consent', error);
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    setBusy(true);
    try {
      await api.call('consent.clear', { caseId });
      setConsent(null);
    } catch (error) {
      notifyError('Could not clear the consent', error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="consent-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="consent-heading">
          Consent
        </Title>
        <Alert role="note" variant="light" color={hasImages && !consent ? 'orange' : 'blue'} icon={<IconInfoCircle />}>
          {hasImages && !consent
            ? 'This case has images: record the patient’s consent before sharing it. Sharing is refused without it.'
            : 'Record the patient’s consent to share this case. It is required before a case with images can be shared.'}
        </Alert>
        {consent === undefined ? (
          <Loader size="sm" aria-label="Loading consent" />
        ) : consent ? (
          <Stack gap={4} aria-label="Recorded consent">
            <Group gap="xs">
              <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
              <Text size="sm">
                {capitalise(consent.form)} consent from the {consent.consentedBy}, given on {consent.date}.
              </Text>
            </Group>
            {consent.notes && (
              <Text size="sm" c="dimmed">
                {consent.notes}
              </Text>
            )}
            {!readOnly && (
              <Group>
                <Button variant="subtle" color="red" size="xs" onClick={() => void clear()} loading={busy}>
                  Clear consent
                </Button>
              </Group>
            )}
          </Stack>
        ) : readOnly ? (
          <Text size="sm" c="dimmed">
            No consent recorded.
          </Text>
        ) : (
          <Stack gap="xs">
            <Group grow align="start">
              <Select
                label="Consent given by"
                data={CONSENT_GIVERS.map((g) => ({ value: g, label: capitalise(g) }))}
                value={consentedBy}
                onChange={(v) => setConsentedBy(v as Giver | null)}
                required
              />
              <Select
                label="Form of consent"
                data={CONSENT_FORMS.map((f) => ({ value: f, label: capitalise(f) }))}
                value={form}
                onChange={(v) => setForm(v as Form | null)}
                required
              />
              <TextInput type="date" label="Date of consent" value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
            </Group>
            <Textarea
              label="Notes"
              description="e.g. where the signed form is kept. Do not write identifiers here."
              value={notes}
              maxLength={1000}
              onChange={(e) => setNotes(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group>
              <Button onClick={() => void save()} disabled={!consentedBy || !form || !date} loading={busy}>
                Record consent
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
