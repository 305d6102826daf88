/**
 * The de-identification targets, measured on the labelled corpus
 * (tests/fixtures/deid/corpus.jsonl; definitions in src/shared/deid/evaluate.ts):
 * recall >= 0.99, precision >= 0.90, keep rate >= 0.98 (the 5,000-word case in under 50 ms is
 * tests/timing/deid-speed.test.ts, which runs alone).
 *
 * dev and heldout were tuned on; fresh was written by someone who never saw the
 * engine and is never tuned on, so it is the honest estimate for unseen text.
 * heldout grew by 171 texts (the hb-* ids) written the same way as fresh; their
 * first, untuned measurement was recall 0.870, precision 0.919, keep 0.963.
 * fresh grew by 182 texts (fc-*, fd-*), written by two more authors who never saw
 * the engine, after the hb-* tuning; never tuned on. heldout grew again by 194 texts
 * (hc-*), first measured untuned at recall 0.893, precision 0.935, keep 0.959, and by
 * 92 more (hd-*, everyday posts and long letters) at recall 0.938, precision 0.910, keep 0.950.
 * fresh grew again by 108 texts (fe-*), written after all the tuning; never tuned on.
 * heldout's last 106 texts (he-*, deliberately varied writers and formats) were first
 * measured at recall 0.904, precision 0.910, keep 0.915, and the 96 after them (hf-*) at
 * recall 0.906, precision 0.938, keep 0.979. Then 110 more (hg-*: clinicians writing in
 * English across Asia, Africa and the Gulf; social work, therapy, EMS and prison notes) at
 * recall 0.893, precision 0.907, keep 0.942, and 60 pasted record fragments (hh-*) at recall
 * 0.913, precision 0.913, keep 0.951; then 60 chat messages (hi-*) at recall 0.853 and 60 therapy
 * tools (hj-*) at recall 0.966. fresh grew last by 60 texts (ff-*), written after that
 * tuning; never tuned on (recall 0.936, precision 0.939, keep 0.976 when added), and 60 more
 * (fg-*) after the hi/hj tuning (recall 0.950, precision 0.926, keep 0.967 when added).
 * heldout's last 120 texts were first measured untuned at recall 0.923, precision 0.953, keep
 * 0.974 (hk-a-*, rarely written-about specialties) and recall 0.873, precision 0.838, keep 0.919
 * (hk-b-*, clinicians writing English as a second language, and migrants' records), then
 * 120 more at recall 0.924, precision 0.957, keep 0.980 (hl-a-*, US and Canadian hospital notes)
 * and recall 0.911, precision 0.926, keep 0.936 (hl-b-*, community care in the UK, Ireland,
 * Australia, New Zealand and South Africa), 60 on families and children (hm-a-*) at recall
 * 0.932, precision 0.945, keep 0.975, and 60 on mental health, addiction and social care (hm-b-*)
 * at recall 0.880, precision 0.950, keep 0.964. fresh grew by 180 texts (fh-*, fi-*, fj-*) written
 * blind during that tuning and measured once at its end: recall 0.937 (fh 0.950, fi 0.946, fj 0.916).
 * Two sessions later heldout grew by 24 batches of 60 (hn-* to hw-*, each measured once untuned, recall 0.884 to 0.962
 * when added; see the corpus README) and fresh by 60 (fk-*, written blind, measured once: recall 0.955).
 * The session that added the word tagger added sixteen heldout batches of 60 (ia-* to id-*; the engine
 * with its tagger trained without them reached 0.909 to 0.979 on each untuned, the session's starting
 * engine 0.895 to 0.966) and
 * fresh fn-* and fo-*, written blind and measured once at its end.
 * The word tagger (src/shared/deid/model) is trained on dev and heldout, never on fresh: since it
 * came, heldout is training text for it, and fresh alone measures unseen text. Out of fold (each
 * batch tagged by a model trained without it, `npm run train:deid -- --folds 5`) it raised recall on
 * dev + heldout from 0.958 to 0.967, for 0.7 points of precision and 0.2 of keep rate.
 * Two sessions later heldout grew by 13 batches aimed at what the engine misses most (im-* to ip-*, 0.789 to
 * 0.972 untuned; see the corpus README), which took heldout from 0.980 to 0.975 (the tagger trained on them) and
 * its rules alone from 0.955 to 0.945; then by 7 more (iq-* and ir-*, 0.768 to 0.968 untuned), to 0.974 and
 * 0.942; fresh grew by fu-*, fv-* and fw-*.
 * The targets are not all met yet (see `npm run bench:deid`): each split is
 * asserted against regression floors just under its measured values, and
 * DEID_STRICT=1 asserts the targets themselves.
 */
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/shared/deid/index';
import { findByRules, findWithoutEdges, labelledCorpus } from '../../helpers/deid';
import { scoreCorpus } from '../../../src/shared/deid/evaluate';

const docs = labelledCorpus();

const TARGET = { recall: 0.99, precision: 0.9, keepRate: 0.98 };
type Scores = typeof TARGET;
/**
 * Regression floors, just under the values measured when they were set
 * (dev 0.996 / 0.994 / 1.000, heldout 0.981 / 0.924 / 0.975 and, with im-* to ip-*, 0.975 / 0.930 / 0.974,
 * fresh 0.965 / 0.935 / 0.975
 * for recall / precision / keep rate). Raise them as the engine improves.
 */
const FLOOR: Record<string, Scores> = {
  dev: { recall: 0.99, precision: 0.99, keepRate: 0.995 },
  heldout: { recall: 0.97, precision: 0.92, keepRate: 0.97 },
  fresh: { recall: 0.96, precision: 0.93, keepRate: 0.97 },
};
/**
 * The tagger is trained on dev and heldout, so on them it hides what a rule that breaks no longer finds:
 * there the rules alone are held to floors of their own (measured 0.990 / 0.994 / 1.000 and 0.942 / 0.932 / 0.976).
 */
const RULES_FLOOR: Record<string, Scores> = {
  dev: { recall: 0.985, precision: 0.99, keepRate: 0.995 },
  heldout: { recall: 0.935, precision: 0.92, keepRate: 0.97 },
};
const strict = !!process.env.DEID_STRICT;

describe.skipIf(docs.length === 0)('corpus targets', () => {
  for (const split of ['dev', 'heldout', 'fresh'] as const) {
    const set = docs.filter((d) => d.split === split);
    const bar = strict ? TARGET : FLOOR[split]!;
    const label = (key: keyof Scores) =>
      `${key} >= ${bar[key]}${bar[key] < TARGET[key] ? ` (regression floor; target ${TARGET[key]} with DEID_STRICT=1)` : ''}`;
    describe.skipIf(set.length === 0)(split, () => {
      const s = scoreCorpus(set, (d) => findIdentifiers(d.text));
      it(label('recall'), () => {
        console.log(
          `deid ${split}: recall ${s.recall.toFixed(3)} (${s.caught}/${s.identifiers}), precision ${s.precision.toFixed(3)}, keep ${s.keepRate.toFixed(3)}`,
        );
        expect(s.recall).toBeGreaterThanOrEqual(bar.recall);
      });
      it(label('precision'), () => expect(s.precision).toBeGreaterThanOrEqual(bar.precision));
      it(label('keepRate'), () => expect(s.keepRate).toBeGreaterThanOrEqual(bar.keepRate));
      const rulesBar = RULES_FLOOR[split];
      if (rulesBar && !strict)
        it(`the rules alone: recall >= ${rulesBar.recall}, precision >= ${rulesBar.precision}, keep rate >= ${rulesBar.keepRate}`, () => {
          const r = scoreCorpus(set, (d) => findByRules(d.text));
          console.log(`deid ${split}, rules alone: recall ${r.recall.toFixed(3)}, precision ${r.precision.toFixed(3)}, keep ${r.keepRate.toFixed(3)}`);
          expect(r.recall).toBeGreaterThanOrEqual(rulesBar.recall);
          expect(r.precision).toBeGreaterThanOrEqual(rulesBar.precision);
          expect(r.keepRate).toBeGreaterThanOrEqual(rulesBar.keepRate);
        });
    });
  }
});

describe.skipIf(docs.length === 0)('the word tagger on text it never saw', () => {
  it('finds at least 1.2 points of recall on fresh that the rules alone miss (measured: 1.9)', () => {
    const fresh = docs.filter((d) => d.split === 'fresh');
    const withTagger = scoreCorpus(fresh, (d) => findWithoutEdges(d.text));
    const alone = scoreCorpus(fresh, (d) => findByRules(d.text));
    console.log(`deid fresh: rules alone recall ${alone.recall.toFixed(4)}, with the tagger ${withTagger.recall.toFixed(4)}`);
    expect(withTagger.recall - alone.recall).toBeGreaterThanOrEqual(0.012);
  });
});

describe.skipIf(docs.length === 0)('the edge model on text it never saw', () => {
  it('finds at least 0.25 points of recall on fresh that the rules and the tagger miss, and keeps as much (measured: 0.44, keep rate -0.03 points)', () => {
    const fresh = docs.filter((d) => d.split === 'fresh');
    const withEdges = scoreCorpus(fresh, (d) => findIdentifiers(d.text));
    const without = scoreCorpus(fresh, (d) => findWithoutEdges(d.text));
    console.log(`deid fresh: without the edge model recall ${without.recall.toFixed(4)} keep ${without.keepRate.toFixed(4)}, with it ${withEdges.recall.toFixed(4)} keep ${withEdges.keepRate.toFixed(4)}`);
    expect(withEdges.recall - without.recall).toBeGreaterThanOrEqual(0.0025);
    expect(withEdges.keepRate).toBeGreaterThanOrEqual(without.keepRate - 0.0005);
  });
});
