import { describe, expect, it } from 'vitest';
import { buildLexicon, createDeidEngine, type Finding, getDefaultEngine, mergeFindings } from '../../../src/shared/deid/index';
import { W_ENGLISH, W_FIRST, W_LAST, W_PLACE } from '../../../src/shared/deid/dictionaries';

const f = (start: number, end: number, type: Finding['type'], confidence = 0.9): Finding => ({ start, end, type, confidence, rule: 't' });

describe('mergeFindings', () => {
  it('sorts, drops empty spans and unions overlaps keeping the stronger type', () => {
    const input = [f(10, 20, 'NAME', 0.7), f(0, 5, 'DATE'), f(3, 3, 'ID'), f(15, 25, 'PHONE', 0.95)];
    const copy = JSON.parse(JSON.stringify(input));
    const out = mergeFindings(input);
    expect(out.map((x) => [x.start, x.end, x.type, x.confidence])).toEqual([
      [0, 5, 'DATE', 0.9],
      [10, 25, 'PHONE', 0.95],
    ]);
    expect(input).toEqual(copy); // the input findings are not modified
  });
  it('breaks near-ties by type priority', () => {
    expect(mergeFindings([f(0, 10, 'NAME', 0.9), f(5, 12, 'EMAIL', 0.88)])[0]!.type).toBe('EMAIL');
  });
});

describe('lexicon', () => {
  it('lower-cases every list and ranks surnames in list order', () => {
    const lex = buildLexicon({
      names: { first: 'Anna|ÉLODIE', last: 'SMITH||Öztürk' },
      english: { words: 'The|Reading' },
      places: { us: 'Reading|New York', world: 'SÃO PAULO' },
      medical: { holidays: 'Christmas|Boxing Day' },
    });
    expect([...lex.firstNames]).toEqual(['anna', 'élodie']);
    expect([...lex.lastNames]).toEqual([
      ['smith', 1],
      ['öztürk', 2],
    ]);
    expect(lex.flags('reading')).toBe(W_ENGLISH | W_PLACE);
    expect(lex.flags('anna')).toBe(W_FIRST);
    expect(lex.flags('öztürk')).toBe(W_LAST);
    expect(lex.placeMulti.get('são paulo')).toEqual([['são', 'paulo']]);
    expect(lex.holidays).toEqual(['boxing day', 'christmas']);
  });
  it('is built once for the default engine, and an engine can share a prebuilt lexicon', () => {
    const a = getDefaultEngine();
    expect(getDefaultEngine()).toBe(a);
    const b = createDeidEngine(a.lexicon);
    expect(b.lexicon).toBe(a.lexicon);
    const text = 'Seen by Dr. Amara Okafor on March 14, 2023 at St. Agnes Medical Center; call (555) 123-4567.';
    expect(b.findIdentifiers(text)).toEqual(a.findIdentifiers(text));
  });
});
