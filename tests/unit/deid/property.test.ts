import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReplacements, findIdentifiers } from '../../../src/shared/deid/index';

const firsts = ['Eleanor', 'Samuel', 'Grace', 'Tomasz', 'Priya', 'Luis', 'Harold', 'Ngozi', 'Aoife', 'Minh'];
const lasts = ['Whitfield', 'Ortiz', 'Adeyemi', 'Wiśniewski', 'Krishnamurthy', 'Fernández', 'Pike', 'Okafor', 'Byrne', 'Nguyen'];
const months = ['January', 'March', 'June', 'September', 'December'];
const filler = [
  'Troponin 0.45 ng/mL.',
  'Started apixaban 5 mg BID.',
  'Echo showed LVEF 35%.',
  'No fever for 3 days.',
  'Marfan syndrome suspected.',
  'NIHSS 12 on arrival.',
  'CT head unremarkable.',
];

/** A clinical note built from labelled pieces: identifiers are known by construction. */
const note = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('name'), f: fc.constantFrom(...firsts), l: fc.constantFrom(...lasts), title: fc.constantFrom('Mr.', 'Mrs.', 'Dr.', 'Her daughter', 'Patient') }),
      fc.record({ kind: fc.constant('phone'), a: fc.integer({ min: 200, max: 989 }), b: fc.integer({ min: 0, max: 9999 }) }),
      fc.record({ kind: fc.constant('date'), m: fc.constantFrom(...months), d: fc.integer({ min: 1, max: 28 }), y: fc.integer({ min: 1990, max: 2030 }) }),
      fc.record({ kind: fc.constant('mrn'), n: fc.integer({ min: 1_000_000, max: 99_999_999 }) }),
      fc.record({ kind: fc.constant('email'), u: fc.stringMatching(/^[a-z]{3,8}$/) }),
      fc.record({ kind: fc.constant('filler'), t: fc.constantFrom(...filler) }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => {
    let text = '';
    const ids: string[] = [];
    for (const p of parts) {
      let piece = '';
      let id = '';
      switch (p.kind) {
        case 'name':
          id = `${p.f} ${p.l}`;
          piece = `${p.title} ${id} was seen.`;
          break;
        case 'phone':
          id = `(555) ${p.a}-${String(p.b).padStart(4, '0')}`;
          piece = `Call ${id}.`;
          break;
        case 'date':
          id = `${p.m} ${p.d}, ${p.y}`;
          piece = `Admitted on ${id}.`;
          break;
        case 'mrn':
          id = String(p.n);
          piece = `MRN ${id}.`;
          break;
        case 'email':
          id = `${p.u}@example.org`;
          piece = `Email ${id} for records.`;
          break;
        default:
          piece = p.t;
      }
      text += (text ? ' ' : '') + piece;
      if (id) ids.push(id);
    }
    return { text, ids };
  });

describe('property: findings on generated notes', () => {
  it('are in bounds, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const fs = findIdentifiers(text);
        let last = 0;
        for (const f of fs) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          last = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('redacted text contains none of the labelled identifiers', () => {
    fc.assert(
      fc.property(note, ({ text, ids }) => {
        const out = applyReplacements(text, findIdentifiers(text)).text;
        for (const id of ids) expect(out).not.toContain(id);
        // surnames alone must not survive either
        for (const id of ids) {
          const parts = id.split(' ');
          if (parts.length === 2 && lasts.includes(parts[1]!)) expect(out).not.toContain(parts[1]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
