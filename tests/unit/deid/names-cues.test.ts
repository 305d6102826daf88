import { describe, expect, it } from 'vitest';
import { covers, findByRules, untouched } from '../../helpers/deid';


describe('names: titles in other languages and title chains', () => {
  it('covers the name after a foreign title, not the title', () => {
    const t = 'Seen with Frau Brünnhilde Ostertag and Smt. Kamakshi Raghavan; Kuya Jomar translated.';
    for (const p of ['Brünnhilde Ostertag', 'Kamakshi Raghavan', 'Jomar']) expect(covers(t, p, 'NAME'), p).toBe(true);
    expect(untouched(t, 'Frau')).toBe(true);
  });
  it('reads through "Prof. Dr. med." to the name', () => {
    const t = 'Befund von Prof. Dr. med. Wendelin Achterberg, Oberarzt.';
    expect(covers(t, 'Wendelin Achterberg', 'NAME')).toBe(true);
  });
  it('a weak title needs a name-like word after it', () => {
    expect(untouched('Pan Troglodytes? no. Don gloves before entry.', 'gloves')).toBe(true);
  });
});

describe('names: HL7 carets, possessives and relations in brackets', () => {
  it('HL7 person names', () => {
    const t = 'PID|1|X-998|QUARTERMAINE^ODETTE^LYS|F\nNK1|QUARTERMAINE^BASTIEN|SON';
    expect(covers(t, 'QUARTERMAINE^ODETTE^LYS', 'NAME')).toBe(true);
    expect(covers(t, 'QUARTERMAINE^BASTIEN', 'NAME')).toBe(true);
  });
  it('"X\'s mum" and "X Y (sister)"', () => {
    const t = 'Collateral from Tamsin\'s mum. Contact Oyelaran Bode (brother) if needed.';
    expect(covers(t, 'Tamsin', 'NAME')).toBe(true);
    expect(covers(t, 'Oyelaran Bode', 'NAME')).toBe(true);
  });
});

describe('names: sign-offs and lower-case names after address cues', () => {
  it('dash and thanks sign-offs', () => {
    const t = 'Plan agreed with family.\n— Q. Abernethy-Lusk, RN\nThanks,\nIfeoluwa';
    expect(covers(t, 'Q. Abernethy-Lusk', 'NAME')).toBe(true);
    expect(covers(t, 'Ifeoluwa', 'NAME')).toBe(true);
  });
  it('lower-case names after hi / asked / an arrow, not clinical words', () => {
    const t = 'handover -> rajdeep: bed 3 stable. asked tomasz re bloods, trop 14 pending. hi tavita pls chase.';
    for (const p of ['rajdeep', 'tomasz', 'tavita']) expect(covers(t, p), p).toBe(true);
    expect(untouched(t, 'trop 14')).toBe(true);
  });
  it('handles', () => {
    expect(covers('dm me @wobbly_registrar_22 for the rota', 'wobbly_registrar_22')).toBe(true);
  });
});

describe('names: vocatives and family members whose names are words', () => {
  it('a name addressed at the start of a sentence', () => {
    const t = 'Obs stable overnight. Taneli, can you chase the bloods?';
    expect(covers(t, 'Taneli', 'NAME')).toBe(true);
    expect(untouched(t, 'Obs')).toBe(true);
  });
  it('a capitalised word right after a lower-case family word', () => {
    const t = 'Lives with her sister Joy and a cat. Brother has Crohn disease.';
    expect(covers(t, 'Joy', 'NAME')).toBe(true);
    expect(untouched(t, 'Crohn disease')).toBe(true);
  });
  it('a given name that is a word, in lower case, right after a family word', () => {
    const t = 'thought i was his daughter cookie. called his son ray at work. collateral from grandson lee 07700 900245';
    for (const p of ['cookie', 'ray', 'lee']) expect(covers(t, p, 'NAME', findByRules), p).toBe(true);
  });
  it('but not a verb after the family word, nor a word after a comma that goes on', () => {
    const t = 'her son will be here at 3; the wife said no; his wife rose from the chair. Lives with partner and son, summer holidays planned.';
    for (const p of ['will', 'said', 'rose', 'summer']) expect(untouched(t, p, findByRules), p).toBe(true);
    expect(covers('I am writing about my husband, dusty (Dustin Achterberg), who', 'dusty', 'NAME', findByRules)).toBe(true);
    expect(covers('her son, ray smith, came in with her', 'ray', 'NAME', findByRules)).toBe(true);
    expect(covers('her baby named rose is well', 'rose', 'NAME', findByRules)).toBe(true);
    expect(untouched("his cousin's maple syrup urine disease", 'maple', findByRules)).toBe(true);
  });
});
