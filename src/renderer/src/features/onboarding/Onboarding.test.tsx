// Onboarding against a fake, in-memory ApiClient (test-utils/fake-api).
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, SPECIALTIES } from '../../test-utils/fake-api';
import { fireEvent, render, screen, waitFor } from '../../test-utils/render';
import { Onboarding } from './Onboarding';

describe('Onboarding', () => {
  it('explains what is missing, then creates the professional persona', async () => {
    const onDone = vi.fn();
    const api = createFakeApi({
      'taxonomy.specialties': () => SPECIALTIES,
      'personas.createProfessional': (input) => ({
        id: '00000000-0000-4000-8000-000000000009',
        kind: 'professional',
        displayName: input.displayName,
        profession: input.profession,
        specialty: input.specialty,
        color: 'teal',
        createdAt: '2026-01-01T00:00:00.000Z',
      }),
    });
    render(<Onboarding onDone={onDone} />, { api });

    fireEvent.click(screen.getByRole('button', { name: 'Open my library' }));
    expect(await screen.findByText('Enter your name as colleagues know you')).toBeTruthy();
    expect(screen.getByText('Choose your specialty')).toBeTruthy();
    expect(api.callsTo('personas.createProfessional')).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: /Your name/ }), { target: { value: '  Dr Amina Okafor ' } });
    fireEvent.click(screen.getByRole('combobox', { name: /Profession/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Physician' }));
    fireEvent.click(screen.getByRole('combobox', { name: /Specialty/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Cardiology' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open my library' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(api.callsTo('personas.createProfessional')).toEqual([
      { displayName: 'Dr Amina Okafor', profession: 'Physician', specialty: 'cardiology' },
    ]);
  });
});
