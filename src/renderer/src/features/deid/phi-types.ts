import type { PhiType } from '../../../../shared/deid/types';

/**
 * How each identifier type is shown: a label and a colour (Mantine palette, shade 6,
 * as "r g b"). Highlights paint it with a scheme-dependent alpha (Highlights.module.css),
 * so the same hue reads on light and dark backgrounds. The common types get hues far
 * apart; the rare ID-number families share warm/neutral ones.
 */
export const PHI_DISPLAY: Record<PhiType, { label: string; rgb: string }> = {
  NAME: { label: 'Name', rgb: '250 82 82' },
  LOCATION: { label: 'Place', rgb: '253 126 20' },
  DATE: { label: 'Date', rgb: '34 139 230' },
  AGE: { label: 'Age over 89', rgb: '121 80 242' },
  PHONE: { label: 'Phone', rgb: '190 75 219' },
  FAX: { label: 'Fax', rgb: '230 73 128' },
  EMAIL: { label: 'Email', rgb: '21 170 191' },
  URL: { label: 'Web address', rgb: '18 184 134' },
  IP: { label: 'IP address', rgb: '64 192 87' },
  SSN: { label: 'Social security no.', rgb: '250 176 5' },
  MRN: { label: 'Medical record no.', rgb: '130 201 30' },
  HEALTH_PLAN: { label: 'Health plan no.', rgb: '76 110 245' },
  ACCOUNT: { label: 'Account no.', rgb: '166 110 60' },
  LICENSE: { label: 'Licence no.', rgb: '200 150 60' },
  VEHICLE: { label: 'Vehicle ID', rgb: '110 140 90' },
  DEVICE: { label: 'Device ID', rgb: '90 120 160' },
  BIOMETRIC: { label: 'Biometric', rgb: '170 90 150' },
  ID: { label: 'Other ID', rgb: '134 142 150' },
};
