import { ActionIcon, Alert, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconEyeOff, IconReplace, IconShieldCheck } from '@tabler/icons-react';
import { memo, useEffect, useState } from 'react';
import { PHI_TYPES, type PhiType } from '../../../../shared/deid/types';
import { CASE_TEXT_FIELDS, type CaseTextField } from '../../../../shared/model/case';
import { FIELD_LABELS } from '../../app/labels';
import { Swatch } from './Highlights';
import { PHI_DISPLAY } from './phi-types';
import type { DeidController, LiveFinding } from './use-deid';

const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 37)}…` : text}”`;
/** How a finding is named to screen readers and in the server's refusal: `NAME “Eleanor Whitfield” in presentation`. */
export const describeFinding = (f: LiveFinding) => `${f.type} ${quote(f.text)} in ${f.field}`;

function TypeCounts({ findings }: { findings: readonly LiveFinding[] }) {
  const counts = new Map<PhiType, number>();
  for (const f of findings) if (!f.dismissed) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  const present = PHI_TYPES.filter((t) => counts.has(t));
  if (!present.length) return null;
  return (
    <Group gap="xs" component="ul" aria-label="Unresolved by type" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {present.map((type) => (
        <Badge component="li" key={type} variant="default" leftSection={<Swatch type={type} />} tt="none" aria-label={`${PHI_DISPLAY[type].label}: ${counts.get(type)}`}>
          {PHI_DISPLAY[type].label} · {counts.get(type)}
        </Badge>
      ))}
    </Group>
  );
}

function FindingRow({ finding, deid, readOnly }: { finding: LiveFinding; deid: DeidController; readOnly: boolean }) {
  const name = describeFinding(finding);
  return (
    <Group component="li" gap="xs" wrap="nowrap" justify="space-between" data-dismissed={finding.dismissed || undefined}>
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <Swatch type={finding.type} />
        <Text size="xs" c="dimmed" w={110} style={{ flexShrink: 0 }}>
          {PHI_DISPLAY[finding.type].label}
        </Text>
        <Text
          size="sm"
          truncate
          td={finding.dismissed ? 'line-through' : undefined}
          c={finding.dismissed ? 'dimmed' : undefined}
          title={finding.dismissed ? 'Dismissed as a false alarm' : undefined}
        >
          {finding.text}
        </Text>
        {finding.dismissed && (
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            (dismissed)
          </Text>
        )}
      </Group>
      {!readOnly && (
        <Group gap={4} wrap="nowrap">
          {finding.dismissed ? (
            <Button size="compact-xs" variant="subtle" leftSection={<IconArrowBackUp size={14} />} aria-label={`Undo dismiss of ${name}`} onClick={() => void deid.undismiss(finding)} disabled={deid.busy}>
              Undo
            </Button>
          ) : (
            <>
              <ActionIcon variant="light" aria-label={`Replace ${name}`} title="Replace with a placeholder" onClick={() => void deid.replaceFinding(finding)} disabled={deid.busy}>
                <IconReplace size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="gray" aria-label={`Dismiss ${name}`} title="Not an identifier: dismiss" onClick={() => void deid.dismiss(finding)} disabled={deid.busy}>
                <IconEyeOff size={16} />
              </ActionIcon>
            </>
          )}
        </Group>
      )}
    </Group>
  );
}

function IndexDate({ deid, readOnly }: { deid: DeidController; readOnly: boolean }) {
  const saved = deid.review?.indexDate ?? '';
  const [value, setValue] = useState(saved);
  useEffect(() => setValue(saved), [saved]);
  const commit = () => {
    if (value !== saved) void deid.setIndexDate(value || null);
  };
  return (
    <TextInput
      type="date"
      label="Index date"
      description="Dates are replaced by days counted from this date: the index date itself becomes “day 0”, three days later “day +3”. It is never shared."
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      readOnly={readOnly}
      maw={420}
    />
  );
}

function MarkByHand({ deid }: { deid: DeidController }) {
  const [type, setType] = useState<PhiType>('NAME');
  const sel = deid.selection;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          Mark a missed identifier
        </Text>
        {sel ? (
          <Text size="sm">
            Selected in {FIELD_LABELS[sel.field]}: <strong>{quote(sel.text)}</strong>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Select the text in a section, choose its type, then mark it.
          </Text>
        )}
        <Group gap="xs" align="end">
          <Select
            label="Identifier type"
            data={PHI_TYPES.map((t) => ({ value: t, label: PHI_DISPLAY[t].label }))}
            value={type}
            onChange={(v) => v && setType(v as PhiType)}
            allowDeselect={false}
            w={220}
          />
          <Button
            variant="light"
            disabled={!sel || deid.busy}
            onClick={() => sel && void deid.replace([{ field: sel.field, start: sel.start, end: sel.end, type, text: sel.text }])}
          >
            Mark as identifier
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The de-identification review: what the engine finds in the case, grouped by
 * section, with replace / dismiss / undo for each, "Replace all", marking a
 * missed span by hand, and the index date relative days are counted from.
 */
export const DeidPanel = memo(function DeidPanel({ deid, readOnly = false }: { deid: DeidController; readOnly?: boolean }) {
  const unresolved = deid.unresolved.length;
  const groups = CASE_TEXT_FIELDS.map((field) => [field, deid.settled[field]] as [CaseTextField, LiveFinding[]]).filter(([, f]) => f.length > 0);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="deid-heading"
      ref={(el: HTMLElement | null) => {
        deid.panelRef.current = el;
      }}
      tabIndex={-1}
      data-last-run-ms={deid.lastRunMs ?? undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h4" id="deid-heading">
            De-identification review
          </Title>
          <Badge
            color={unresolved ? 'orange' : 'teal'}
            variant="light"
            leftSection={unresolved ? <IconAlertTriangle size={14} /> : <IconShieldCheck size={14} />}
            aria-label={`${unresolved} unresolved`}
            role="status"
          >
            {unresolved} unresolved
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Shared cases cannot be recalled. Everything highlighted in the text is a possible identifier: replace it with a placeholder, or dismiss it if it is not one.
        </Text>
        {deid.refusal && (
          <Alert color="red" title="Not shared" icon={<IconAlertTriangle />} role="alert" withCloseButton closeButtonLabel="Close the message" onClose={() => deid.showRefusal(null)}>
            {deid.refusal}
          </Alert>
        )}
        {!deid.engineReady && (
          <Text size="sm" c="dimmed">
            Loading the identifier check…
          </Text>
        )}
        <TypeCounts findings={deid.all} />
        {!readOnly && (unresolved > 0 || deid.undoableReplacements > 0) && (
          <Group>
            {unresolved > 0 && (
              <Button leftSection={<IconReplace size={16} />} onClick={() => void deid.replaceAll()} loading={deid.busy}>
                Replace all {unresolved} unresolved
              </Button>
            )}
            {deid.undoableReplacements > 0 && (
              <Button variant="default" onClick={() => void deid.undoReplace()} disabled={deid.busy}>
                Undo the last replacement ({deid.undoableReplacements})
              </Button>
            )}
          </Group>
        )}
        {groups.map(([field, findings]) => (
          <Stack key={field} gap={4} component="section" aria-label={`Findings in ${FIELD_LABELS[field]}`}>
            <Text size="sm" fw={600}>
              {FIELD_LABELS[field]} ({findings.length})
            </Text>
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {findings.map((f) => (
                <FindingRow key={`${f.start}:${f.type}`} finding={f} deid={deid} readOnly={readOnly} />
              ))}
            </Stack>
          </Stack>
        ))}
        {deid.engineReady && groups.length === 0 && (
          <Text size="sm">No possible identifiers found. Check names, places and dates yourself too: the check can miss things.</Text>
        )}
        {!readOnly && <MarkByHand deid={deid} />}
        <IndexDate deid={deid} readOnly={readOnly} />
      </Stack>
    </Paper>
  );
}, samePanel);

/** The panel follows the engine's runs, not each keystroke: the controller object is new on every render. */
function samePanel(a: { deid: DeidController; readOnly?: boolean }, b: { deid: DeidController; readOnly?: boolean }): boolean {
  const keys = ['settled', 'unresolved', 'review', 'engineReady', 'lastRunMs', 'busy', 'refusal', 'selection'] as const;
  return a.readOnly === b.readOnly && keys.every((k) => a.deid[k] === b.deid[k]);
}
