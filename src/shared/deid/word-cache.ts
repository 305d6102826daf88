/**
 * What the engine works out about a word, remembered in two levels: the words of the texts being read now in a
 * small map that stays in the processor's cache, every word seen in a large map behind it. With one large map, a
 * 5,000-word case took about 10% longer once a few thousand texts had filled it, because each lookup missed the
 * processor's cache.
 */
export class WordCache<A, V> {
  private recent = new Map<string, V>();
  private readonly all = new Map<string, V>();

  constructor(
    private readonly compute: (arg: A) => V,
    private readonly recentLimit = 8_192,
    private readonly allLimit = 200_000,
  ) {}

  /** The value for key, computed from arg the first time key is seen. */
  get(key: string, arg: A): V {
    let v = this.recent.get(key);
    if (v !== undefined) return v;
    v = this.all.get(key);
    if (v === undefined) {
      if (this.all.size >= this.allLimit) this.all.clear();
      v = this.compute(arg);
      this.all.set(key, v);
    }
    // (cleared, not evicted one by one: a new map is cheaper than bookkeeping, and the next text refills it)
    if (this.recent.size >= this.recentLimit) this.recent = new Map();
    this.recent.set(key, v);
    return v;
  }
}
