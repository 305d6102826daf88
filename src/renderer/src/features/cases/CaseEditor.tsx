import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconAlertCircle, IconCheck, IconCloudUpload, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { RoundsError } from '../../../../shared/api';
import {
  AGE_BANDS,
  CARE_SECTIONS,
  CASE_LIMITS,
  SEXES,
  caseWordCount,
  missingForReady,
  tagSchema,
  type Case,
  type CaseFields,
} from '../../../../shared/model/case';
import { useApi } from '../../app/api-context';
import { FIELD_LABELS, SECTION_INFO, STATUS_COLORS, capitalise, formatWhen } from '../../app/labels';
import { errorMessage, notifyError } from '../../app/notify';
import { SectionField } from '../../components/SectionField/SectionField';
import { SpecialtySelect } from '../../components/SpecialtySelect/SpecialtySelect';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { ConsentForm } from '../consent/ConsentForm';
import { DeidPanel } from '../deid/DeidPanel';
import { Highlights } from '../deid/Highlights';
import { ShareActions } from '../deid/ShareActions';
import { useDeid } from '../deid/use-deid';
import { useAutosave, type AutosaveState } from './use-autosave';

const REQUIRED = new Set(['title', 'presentation', 'findings', 'question', 'specialty', 'ageBand', 'sex']);

function fieldsOf(c: Case): CaseFields {
  const { id: _id, status: _status, createdAt: _c, updatedAt: _u, ...fields } = c;
  return fields;
}

export function SaveIndicator({ state }: { state: AutosaveState }) {
  const { status, error } = state;
  const view =
    status === 'saved'
      ? { color: 'teal', icon: <IconCheck size={14} />, text: 'Saved' }
      : status === 'saving'
        ? { color: 'blue', icon: <IconCloudUpload size={14} />, text: 'Saving…' }
        : status === 'retrying'
          ? { color: 'orange', icon: <IconRefresh size={14} />, text: 'Not saved — retrying' }
          : { color: 'red', icon: <IconAlertCircle size={14} />, text: `Not saved — ${error ?? 'error'}` };
  const badge = (
    <Badge role="status" aria-live="polite" aria-label={`Save status: ${view.text}`} variant="light" color={view.color} leftSection={view.icon} tt="none">
      {view.text}
    </Badge>
  );
  return status === 'retrying' && error ? <Tooltip label={error}>{badge}</Tooltip> : badge;
}

export interface CaseEditorProps {
  id: string;
  onBack?(): void;
}

/** Loads a case and hands it to the form; a missing case explains itself. */
export function CaseEditor({ id, onBack }: CaseEditorProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<{ id: string; value: Case } | { id: string; error: string } | null>(null);

  useEffect(() => {
    let alive = true;
    api.call('cases.get', { id }).then(
      (value) => alive && setLoaded({ id, value }),
      (error: unknown) =>
        alive &&
        setLoaded({
          id,
          error: error instanceof RoundsError && error.code === 'not_found' ? 'This case is not in your library (it may have been deleted).' : errorMessage(error),
        }),
    );
    return () => {
      alive = false;
    };
  }, [api, id]);

  if (!loaded || loaded.id !== id) {
    return (
      <Group justify="center" p="xl">
        <Loader aria-label="Loading case" />
      </Group>
    );
  }
  if ('error' in loaded) {
    return (
      <Alert color="red" title="Could not open this case" icon={<IconAlertCircle />}>
        <Stack gap="sm">
          <Text size="sm">{loaded.error}</Text>
          {onBack && (
            <Group>
              <Button variant="light" onClick={onBack}>
                Back to the library
              </Button>
            </Group>
          )}
        </Stack>
      </Alert>
    );
  }
  return <CaseForm key={id} initial={loaded.value} />;
}

function CaseForm({ initial }: { initial: Case }) {
  const api = useApi();
  const [fields, setFields] = useState<CaseFields>(() => fieldsOf(initial));
  const [meta, setMeta] = useState({ status: initial.status, updatedAt: initial.updatedAt });
  const [tagError, setTagError] = useState<string | null>(null);
  const [tagSuggestions, setTagSuggestions] = useState<string[]>([]);
  const [marking, setMarking] = useState(false);
  const readOnly = meta.status === 'shared';

  const save = useCallback(
    async (patch: Partial<CaseFields>) => {
      const saved = await api.call('cases.update', { id: initial.id, fields: patch });
      setMeta({ status: saved.status, updatedAt: saved.updatedAt });
    },
    [api, initial.id],
  );
  const autosave = useAutosave<CaseFields>(save);

  // De-identification: live highlights, the review panel and sharing (features/deid).
  const adopt = useCallback((c: Case) => {
    setFields(fieldsOf(c));
    setMeta({ status: c.status, updatedAt: c.updatedAt });
  }, []);
  const deid = useDeid({
    caseId: initial.id,
    fields,
    saveStatus: autosave.state.status,
    flush: autosave.flush,
    hasPending: autosave.hasPending,
    onCase: adopt,
  });

  useEffect(() => {
    api.call('cases.tags').then(
      (tags) => setTagSuggestions(tags.map((t) => t.value)),
      () => setTagSuggestions([]),
    );
  }, [api]);

  const set = <K extends keyof CaseFields>(key: K, value: CaseFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    autosave.change({ [key]: value } as Partial<CaseFields>);
  };

  const missing = useMemo(() => missingForReady(fields), [fields]);
  const words = useMemo(() => caseWordCount(fields), [fields]);

  // Ctrl/Cmd+S saves at once (the habit is strong, the browser dialog unhelpful).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void autosave.flush();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [autosave]);

  const setStatus = async (status: 'draft' | 'ready') => {
    setMarking(true);
    try {
      await autosave.flush();
      if (autosave.hasPending()) throw new Error('Your latest changes are not saved yet; try again in a moment.');
      const saved = await api.call('cases.setStatus', { id: initial.id, status });
      setMeta({ status: saved.status, updatedAt: saved.updatedAt });
    } catch (error) {
      notifyError(status === 'ready' ? 'Could not mark the case ready' : 'Could not move the case back to draft', error);
    } finally {
      setMarking(false);
    }
  };

  const onTags = (values: string[]) => {
    const clean: string[] = [];
    for (const raw of values) {
      const parsed = tagSchema.safeParse(raw);
      if (!parsed.success) {
        setTagError(`“${raw}” is not a valid tag: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return;
      }
      if (!clean.includes(parsed.data)) clean.push(parsed.data);
    }
    setTagError(null);
    set('tags', clean);
  };

  const blur = () => void autosave.flush();

  return (
    <Stack gap="lg" maw={860} mx="auto" component="form" aria-label="Case editor" onSubmit={(e) => e.preventDefault()}>
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="xs">
          <Badge color={STATUS_COLORS[meta.status]} variant="filled" aria-label={`Status: ${meta.status}`}>
            {meta.status}
          </Badge>
          <SaveIndicator state={autosave.state} />
          <Text size="xs" c="dimmed">
            {words} {words === 1 ? 'word' : 'words'} · updated {formatWhen(meta.updatedAt)}
          </Text>
        </Group>
        <Group gap="xs">
          {meta.status === 'draft' ? (
            <Button onClick={() => void setStatus('ready')} disabled={missing.length > 0} loading={marking}>
              Mark ready
            </Button>
          ) : meta.status === 'ready' ? (
            <Button variant="default" onClick={() => void setStatus('draft')} loading={marking}>
              Back to draft
            </Button>
          ) : null}
          <ShareActions caseId={initial.id} status={meta.status} deid={deid} flush={autosave.flush} hasPending={autosave.hasPending} onShared={adopt} />
        </Group>
      </Group>

      {readOnly && (
        <Alert color="green" title="This case is shared">
          Shared cases are read-only; changes are posted as revisions.
        </Alert>
      )}

      {meta.status === 'draft' && missing.length > 0 && (
        <Paper withBorder p="sm" radius="md">
          <Text size="sm" fw={500} id="missing-heading">
            Before you can mark this case ready, fill in:
          </Text>
          <List size="sm" aria-labelledby="missing-heading">
            {missing.map((field) => (
              <List.Item key={field}>{FIELD_LABELS[field as keyof CaseFields] ?? field}</List.Item>
            ))}
          </List>
        </Paper>
      )}

      <SectionField
        id="section-title"
        label="Title"
        hint="A short, de-identified summary: the problem, not the patient."
        placeholder="e.g. Recurrent syncope in a young athlete with a normal ECG"
        singleLine
        size="md"
        value={fields.title}
        maxLength={CASE_LIMITS.titleChars}
        onChange={(value) => set('title', value)}
        onBlur={blur}
        readOnly={readOnly}
        required
        backdrop={<Highlights text={fields.title} spans={deid.byField.title} />}
        onSelectionChange={(start, end) => deid.select('title', start, end)}
      />

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SpecialtySelect
          label="Specialty"
          value={fields.specialty}
          onChange={(value) => set('specialty', value ?? '')}
          onBlur={blur}
          readOnly={readOnly}
          clearable
          withAsterisk
        />
        <TagsInput
          label="Tags"
          description="Press Enter after each tag"
          data={tagSuggestions}
          value={fields.tags}
          onChange={onTags}
          onBlur={blur}
          maxTags={CASE_LIMITS.tags}
          error={tagError}
          readOnly={readOnly}
          clearable
        />
        <Select
          label="Age band"
          data={AGE_BANDS.map((a) => ({ value: a, label: a === 'unknown' ? 'Not set' : a }))}
          value={fields.ageBand}
          onChange={(value) => set('ageBand', (value ?? 'unknown') as CaseFields['ageBand'])}
          onBlur={blur}
          readOnly={readOnly}
          allowDeselect={false}
          withAsterisk
        />
        <Select
          label="Sex"
          data={SEXES.map((s) => ({ value: s, label: s === 'unknown' ? 'Not set' : capitalise(s) }))}
          value={fields.sex}
          onChange={(value) => set('sex', (value ?? 'unknown') as CaseFields['sex'])}
          onBlur={blur}
          readOnly={readOnly}
          allowDeselect={false}
          withAsterisk
        />
      </SimpleGrid>

      {CARE_SECTIONS.map((section) => (
        <SectionField
          key={section}
          id={`section-${section}`}
          label={SECTION_INFO[section].label}
          hint={SECTION_INFO[section].hint}
          value={fields[section]}
          onChange={(value) => set(section, value)}
          onBlur={blur}
          maxLength={CASE_LIMITS.sectionChars}
          readOnly={readOnly}
          required={REQUIRED.has(section)}
          backdrop={<Highlights text={fields[section]} spans={deid.byField[section]} />}
          onSelectionChange={(start, end) => deid.select(section, start, end)}
        />
      ))}

      <DeidPanel deid={deid} readOnly={readOnly} />
      <AttachmentsPanel caseId={initial.id} readOnly={readOnly} />
      <ConsentForm caseId={initial.id} readOnly={readOnly} />
    </Stack>
  );
}
