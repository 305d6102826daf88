import { Select, type SelectProps } from '@mantine/core';
import { useSpecialties } from '../../app/use-specialties';

export type SpecialtySelectProps = Omit<SelectProps, 'data' | 'onChange' | 'value'> & {
  value: string | null;
  onChange(value: string | null): void;
};

/** A searchable specialty picker grouped by the taxonomy's groups. */
export function SpecialtySelect({ value, onChange, ...props }: SpecialtySelectProps) {
  const specialties = useSpecialties();
  return (
    <Select
      searchable
      nothingFoundMessage="No specialty matches"
      placeholder={specialties.loading ? 'Loading specialties…' : 'Type to search'}
      {...props}
      data={specialties.selectData}
      value={value || null}
      onChange={(next) => onChange(next)}
    />
  );
}
