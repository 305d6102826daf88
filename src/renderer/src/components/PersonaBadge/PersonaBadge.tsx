import { Avatar, Box, Group, Text } from '@mantine/core';
import type { Persona } from '../../../../shared/api';
import { useSpecialties } from '../../app/use-specialties';

function initials(name: string): string {
  const words = name.replace(/^(dr|prof)\.?\s+/i, '').split(/\s+/).filter(Boolean);
  return (words.map((w) => w[0] ?? '').join('').slice(0, 2) || '?').toUpperCase();
}

/** Who everything is written as, painted in the persona's colour, on every screen. */
export function PersonaBadge({ persona }: { persona: Persona }) {
  const specialties = useSpecialties();
  const specialty = specialties.name(persona.specialty);
  const color = persona.color;
  return (
    <Group
      role="status"
      aria-label={`Active persona: ${persona.displayName}, ${persona.kind}`}
      gap="xs"
      wrap="nowrap"
      px="sm"
      py={4}
      style={{
        borderRadius: 'var(--mantine-radius-xl)',
        border: `2px solid var(--mantine-color-${color}-filled)`,
        background: `var(--mantine-color-${color}-light)`,
      }}
    >
      <Avatar size={28} radius="xl" color={color} variant="filled" aria-hidden>
        {initials(persona.displayName)}
      </Avatar>
      <Box miw={0}>
        <Text size="sm" fw={600} lh={1.2} truncate>
          {persona.displayName}
        </Text>
        <Text size="xs" lh={1.2} truncate visibleFrom="sm" style={{ color: `var(--mantine-color-${color}-light-color)` }}>
          {persona.profession} · {specialty} · {persona.kind}
        </Text>
      </Box>
    </Group>
  );
}
