import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/shared/deid/index';
import { covers, findByRules, untouched } from '../../helpers/deid';


describe('names: labelled fields', () => {
  it('keeps a labelled value on its own line', () => {
    const t = 'FORENAMES: Chidinma Grace\nNAME: Okonkwo\nDOB: 1990-08-27';
    const f = findIdentifiers(t).filter((x) => x.type === 'NAME').map((x) => t.slice(x.start, x.end));
    expect(f).toContain('Chidinma Grace');
    expect(f.some((x) => x.includes('\n'))).toBe(false);
  });
  it('reads all-caps hyphenated surnames and caps given names that are also score names', () => {
    const t = 'PATIENT REGISTRATION FORM\nSURNAME: OKONKWO-BRIGHT    FORENAMES: CHIDINMA GRACE\nSEX: F';
    expect(covers(t, 'OKONKWO-BRIGHT', 'NAME')).toBe(true);
    expect(covers(t, 'CHIDINMA GRACE', 'NAME')).toBe(true);
  });
  it('reads "Re:" as a name label', () => {
    expect(covers('FAX COVER SHEET\nRe: Theodore Van Buren, DOB 02/29/1952', 'Theodore Van Buren', 'NAME')).toBe(true);
  });
});

describe('names: nicknames in quotes', () => {
  it('covers the quotes of a nickname inside a name', () => {
    expect(covers('Our old reg Ebenezer "Ebo" Osei used to say so.', 'Ebenezer "Ebo" Osei', 'NAME')).toBe(true);
  });
  it('does not join a name to a following quotation', () => {
    const t = 'Dr Okafor said "Take it twice daily" to the patient.';
    expect(untouched(t, 'Take it')).toBe(true);
  });
});

describe('names: lower-case notes', () => {
  it('lower-case titles take any word that is not English', () => {
    const t = "pls r/v mrs o'shaughnessy side room 2. txt from dr ng about it.";
    expect(covers(t, "o'shaughnessy", 'NAME')).toBe(true);
    expect(covers(t, 'ng', 'NAME')).toBe(true);
  });
  it('lower-case relation words take unknown words', () => {
    const t = "her husband kunle can't visit. tech kerry-ann says the pacer is fine. husband very worried.";
    expect(covers(t, 'kunle', 'NAME')).toBe(true);
    expect(covers(t, 'kerry-ann', 'NAME')).toBe(true);
    expect(untouched(t, 'very worried')).toBe(true);
  });
});

describe('names: whiteboards and handovers', () => {
  it('the words after a bed / cubicle / resus cue are the patient', () => {
    const t = 'ED whiteboard: cub 2 PAVLOVIC chest pain; resus 1 M. TOKUNAGA ?stroke; corridor GREENHALGH etoh.\nbed 7 - dermot finnegan 78M, CAP.';
    for (const p of ['PAVLOVIC', 'M. TOKUNAGA', 'GREENHALGH', 'dermot finnegan']) expect(covers(t, p, 'NAME'), p).toBe(true);
  });
  it('leaves clinical words after a bed cue alone', () => {
    const t = 'bed 4 - comfortable overnight. bed 3 - Finnegan score 6. Moved to bed 2 after review.';
    expect(findIdentifiers(t).filter((f) => f.type === 'NAME')).toEqual([]);
  });
  it('an ALL-CAPS dictionary surname in ordinary text is a name', () => {
    expect(covers('Discussed with the family; OKAFOR agreed to the plan.', 'OKAFOR', 'NAME')).toBe(true);
  });
});

describe('names: lower-case given names that are also words', () => {
  it('a given-name word followed by name words or an initial is a name in lower-case notes', () => {
    const t = 'night handover. 1) jasmine kaur dhillon (lab tech) DKA. 2) amelia r. quispe in bay 4. ok.';
    expect(covers(t, 'jasmine kaur dhillon', 'NAME')).toBe(true);
    expect(covers(t, 'amelia r. quispe', 'NAME')).toBe(true);
  });
  it('leaves "grace period" alone', () => {
    expect(untouched('night handover. grace period for the forms is over. plan dc.', 'grace period')).toBe(true);
  });
});

describe('names: parts found apart, joined', () => {
  it('an initial or an abbreviated given name before a surname', () => {
    expect(covers('Dispensed by pharmacist -T. Beaudry, RPh', 'T. Beaudry', 'NAME')).toBe(true);
    expect(covers('Handover by Ch. Sultanova at 07:30.', 'Ch. Sultanova', 'NAME')).toBe(true);
  });
  it('not two people over a full stop', () => {
    const t = 'Seen with Dr Li. Ann reports less pain.';
    expect(findIdentifiers(t).some((f) => t.slice(f.start, f.end).includes('Li. Ann'))).toBe(false);
  });
  it('a quoted nickname before a surname, quotes and all', () => {
    expect(covers('Friends (Jess and "Moose" Lachance) found him.', '"Moose" Lachance', 'NAME')).toBe(true);
    expect(covers('bed 4 - "Chalky" White - Charcot foot, for review', '"Chalky" White', 'NAME')).toBe(true);
  });
  it("a Tongan name's glottal stop typed as an apostrophe, but not a quotation's opening mark", () => {
    expect(covers("Household: wife Mele, sister-in-law 'Ana Fifita\nIncome: none", "'Ana Fifita", 'NAME')).toBe(true);
    const t = "His son 'Kenji' visits on Sundays";
    expect(findIdentifiers(t).map((f) => t.slice(f.start, f.end))).toEqual(['Kenji']);
  });
});

describe('names: a nickname in quotes after the words that give one', () => {
  const found: [string, string][] = [
    ['Ward note. Brought in by police, calls himself "Biscuit", no ID on him.', 'Biscuit'],
    ['She left the bar with a man she knew as "Tank" around 23:00.', 'Tank'],
    ['Pupil: Shanice (called "Peaches") Grade 4', 'Peaches'],
    ['and a friend who gave his name as "Tee".', 'Tee'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'NAME', findByRules)).toBe(true));
  it('leaves a phrase in lower case', () => {
    expect(untouched('what he called "the estate at night" in his letters', 'the estate at night', findByRules)).toBe(true);
  });
});

describe('names: who writes the lines of a chat', () => {
  it('two senders no word list knows, taking turns', () => {
    const t = '[group export]\nwanjiku: mama is back from the clinic\nkevo: ok. is she staying at home?\nwanjiku: yes, behind the market\nkevo: tell her the appointment is next week';
    for (const at of [...t.matchAll(/^(?:wanjiku|kevo)(?=:)/gm)].map((m) => m.index)) expect(findByRules(t).some((f) => f.type === 'NAME' && f.start <= at && f.end > at)).toBe(true);
  });
  it("leaves a form's labels that repeat", () => {
    const t = 'Obs: stable\nPlan: home\nObs: stable\nPlan: review';
    expect(findByRules(t).filter((f) => f.type === 'NAME')).toEqual([]);
  });
  it('a chat exported with the date, the time and a dash before each sender', () => {
    const t = '08/11/2023 23:14 - Jo Brannigan: are you still in?\n08/11/2023 23:15 - Wren: yes till 8\n08/11/2023 23:18 - Wren: ok coming';
    const senders = [...t.matchAll(/Wren(?=:)/g)].map((m) => m.index);
    for (const at of senders) expect(findByRules(t).some((f) => f.type === 'NAME' && f.start <= at && f.end >= at + 4)).toBe(true);
  });
  it('leaves a timeline\'s steps after the date and time', () => {
    const t = '05/05/2025 06:30 - CT: rectus sheath haematoma\n05/05/2025 07:10 - Plan: hold heparin';
    expect(findByRules(t).filter((f) => f.type === 'NAME')).toEqual([]);
  });
  it('a given name that is also a word, once it writes three lines', () => {
    const t = "hv: hi is that jade? its sam the health visitor\njade: yeah hiya. we moved last week\nhv: lovely. which gp?\njade: london st surgery i think\nhv: ok\njade: no just ring me";
    const names = findIdentifiers(t).filter((f) => f.type === 'NAME');
    const senders = [...t.matchAll(/^jade(?=:)/gm)].map((m) => m.index);
    expect(senders).toHaveLength(3);
    for (const at of senders) expect(names.some((f) => f.start <= at && f.end >= at + 4)).toBe(true);
  });
});

describe('initials written on after a name', () => {
  it('takes every initial glued after the first one', () => {
    expect(covers('repeat CBC, urine for MSU.\nRN Wong S.Y.', 'Wong S.Y.', 'NAME')).toBe(true);
    expect(covers('Attending        : Sadykova A.M., cert. KZ-MED-02189', 'Sadykova A.M.', 'NAME')).toBe(true);
  });
  it('leaves what follows a space after the initials', () => {
    const t = 'Seen by Dr Chan T.M. today';
    expect(findIdentifiers(t).map((f) => t.slice(f.start, f.end))).toEqual(['Chan T.M.']);
  });
});

describe('the initials a text gives a person in brackets after the name, and again later', () => {
  it('takes them in the brackets and wherever they stand again as a word', () => {
    const t = 'Her brother Tomasz Krol (TK) came in. Plan discussed with TK and the ward.';
    for (const at of [t.indexOf('(TK)') + 1, t.lastIndexOf('TK')]) expect(findIdentifiers(t).some((f) => f.type === 'NAME' && f.start <= at && f.end >= at + 2)).toBe(true);
  });
  it("leaves an acronym's definition", () => {
    expect(untouched('Cognitive Stimulation Therapy (CST) - session 3. CST again on Friday.', 'CST')).toBe(true);
  });
});

describe('initials in lower case with their full stops', () => {
  const found: [string, string][] = [
    ["[07:51] m.k.: i'll ring her after the board round", 'm.k.'],
    ["jb + m.k. pls reply to sam's email", 'm.k.'],
    ['rm 3 baby girl born 0414 to s.j. - APGAR 8/9', 's.j.'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'NAME', findByRules)).toBe(true));
  it('leaves Latin dosing, "e.g." and an age after its figure', () => {
    const t = 'paracetamol 1 g p.o. q.d., e.g. with food; 71 y.o. man';
    expect(findByRules(t).filter((f) => f.type === 'NAME')).toEqual([]);
  });
});

describe('initials signing a note off', () => {
  it("a dotted letter after a dash, two letters alone, or initials after thanks, on the last line", () => {
    expect(covers('The clinic line is 613-555-0199.\n- R.', 'R.', 'NAME', findByRules)).toBe(true);
    expect(covers('Please bring the protocol sheets on Friday.\nJT', 'JT', 'NAME', findByRules)).toBe(true);
    expect(covers('the monitor flagged it again\nThanks, MW', 'MW', 'NAME', findByRules)).toBe(true);
  });
  it('leaves thanks in another language at the end of a message', () => {
    expect(untouched('A consulta é na quinta às 10h.\nObrigado', 'Obrigado', findByRules)).toBe(true);
    expect(untouched('Le rendez-vous est confirmé pour jeudi.\nMerci', 'Merci', findByRules)).toBe(true);
  });
  it("leaves a team's three letters alone on the last line, and a word", () => {
    expect(untouched('Consider FEES if no progress.\nSLT', 'SLT', findByRules)).toBe(true);
    expect(untouched('Audit figure this month 78%.\nTVN', 'TVN', findByRules)).toBe(true);
    expect(untouched('Bloods back, all normal.\nOK', 'OK', findByRules)).toBe(true);
  });
});

describe('a given name in lower case before the desk someone works at', () => {
  it('takes the name before "in billing", "on reception"', () => {
    expect(covers('for the copay ask joy in billing, ext 4410', 'joy', 'NAME', findByRules)).toBe(true);
    expect(covers('can we still come thursday? dawn on reception said to text', 'dawn', 'NAME', findByRules)).toBe(true);
  });
  it('leaves a common noun after an article', () => {
    expect(untouched('I was told by the girl on reception that it was fine', 'girl', findByRules)).toBe(true);
  });
});

describe('initials by the word of who signed or checked, after a dash ending a line, or before a role', () => {
  const found: [string, string][] = [
    ['TEST RESULT\nCOLLECTED BY JLM 01/27/25 04:00\nK 4.1', 'JLM'],
    ['Reason: family event\nSigned: HT     Approved by: R. Fonoti', 'HT'],
    ['PEEP 14. Supine at 06:00 per protocol.\n— JP (nights), pager 612-555-0190', 'JP'],
    ['Review ACB score of meds on return.\nRW (ANP)', 'RW'],
    ['WR 09:30 (cons PK) bed 22 - stable', 'PK'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'NAME', findByRules)).toBe(true));
  const kept: [string, string][] = [
    // a therapy a device gave, a device's model before its serial number, a team that brought someone in
    ['VT 188 bpm x 14 s terminated by ATP, no shock.', 'ATP'],
    ['ICD: Medtronic Cobalt XT VR, SN BWQ604118H', 'VR'],
    ['Unknown male brought in by VPD from the park.', 'VPD'],
  ];
  for (const [t, p] of kept) it(`keeps ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(untouched(t, p, findByRules)).toBe(true));
});

describe('a given name that is also a word, at a sentence start, before what only a person does', () => {
  const found: [string, string][] = [
    ['Chinedu is outside. Patience has the keys to the drug cupboard.', 'Patience'],
    ['Grandmother frail. Hope attends Jones Town Basic School.', 'Hope'],
    ['Reviewed today. Faith prefers the morning slot.', 'Faith'],
    ['Trauma-focused CBT. Autumn disclosed nothing of concern.', 'Autumn'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'NAME', findByRules)).toBe(true));
  it('leaves a word that starts a sentence before a verb that is no person’s', () => {
    expect(untouched('Grace period ends Friday. Will attended? No.', 'Grace', findByRules)).toBe(true);
  });
});

describe('a name with the initial of the other name after it, ending a field', () => {
  it('takes the name and the initial', () => {
    expect(covers('Hémoculture: en cours\nValidé par: Ingabire A., technologiste', 'Ingabire A.', 'NAME', findByRules)).toBe(true);
    expect(covers('T 38.9, HR 156. - Akosua B., SRN', 'Akosua B.', 'NAME', findByRules)).toBe(true);
  });
  it('leaves a disease, a vitamin or a group with its letter', () => {
    const t = 'Serology negative for Hepatitis B.\nStarted on Vitamin D.\nSwab grew Group A.';
    for (const p of ['Hepatitis B.', 'Vitamin D.', 'Group A.']) expect(untouched(t, p, findByRules)).toBe(true);
  });
});

describe("a surname's initial after a comma before a bracket, and before a label after a surname in capitals", () => {
  it('takes the initial', () => {
    expect(covers('R2 OKAFOR, T (55) post-op, mobilising', 'OKAFOR, T', 'NAME')).toBe(true);
    expect(covers('Bed 6 - NWOSU, A (74F) - CAP', 'NWOSU, A', 'NAME')).toBe(true);
  });
  it('leaves an article after a name in a sentence', () => {
    expect(untouched('Discussed with Kelly, A GP in town', 'A GP')).toBe(true);
  });
});
