import { Alert, Button, Center, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PROFESSIONS, type Persona } from '../../../../shared/api';
import { useApi } from '../../app/api-context';
import { errorMessage } from '../../app/notify';
import { SpecialtySelect } from '../../components/SpecialtySelect/SpecialtySelect';

type Profession = (typeof PROFESSIONS)[number];

/** First run: who is writing. Creates the professional persona, then opens the library. */
export function Onboarding({ onDone }: { onDone(persona: Persona): void }) {
  const api = useApi();
  const [name, setName] = useState('');
  const [profession, setProfession] = useState<Profession | null>(null);
  const [specialty, setSpecialty] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ name?: string; profession?: string; specialty?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      name: name.trim() ? undefined : 'Enter your name as colleagues know you',
      profession: profession ? undefined : 'Choose your profession',
      specialty: specialty ? undefined : 'Choose your specialty',
    };
    setErrors(next);
    if (next.name || next.profession || next.specialty || !profession || !specialty) return;
    setBusy(true);
    setFailure(null);
    try {
      onDone(await api.call('personas.createProfessional', { displayName: name.trim(), profession, specialty }));
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={480} component="main">
        <form onSubmit={(e) => void submit(e)} aria-labelledby="onboarding-title" noValidate>
          <Stack gap="md">
            <div>
              <Title order={1} size="h2" id="onboarding-title">
                Welcome to Rounds
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                Your cases stay in a library on this device. Tell us who is writing them — this becomes your professional
                persona, shown on every screen so you always know who you are posting as.
              </Text>
            </div>
            <TextInput
              label="Your name"
              placeholder="e.g. Dr Amina Okafor"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              maxLength={120}
              data-autofocus
              autoFocus
              required
            />
            <Select
              label="Profession"
              placeholder="Choose your profession"
              data={[...PROFESSIONS]}
              value={profession}
              onChange={(v) => setProfession(v as Profession | null)}
              error={errors.profession}
              searchable
              required
            />
            <SpecialtySelect
              label="Specialty"
              description="Type to search; your main specialty or field of practice"
              value={specialty}
              onChange={setSpecialty}
              error={errors.specialty}
              required
            />
            {failure && (
              <Alert color="red" title="Could not create your persona">
                {failure}
              </Alert>
            )}
            <Button type="submit" loading={busy} size="md">
              Open my library
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
