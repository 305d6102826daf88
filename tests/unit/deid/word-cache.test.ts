import { describe, expect, it } from 'vitest';
import { WordCache } from '../../../src/shared/deid/word-cache';

describe('WordCache', () => {
  it('works a word out once', () => {
    const computed: string[] = [];
    const cache = new WordCache<string, string>((w) => (computed.push(w), w.toUpperCase()));
    expect(cache.get('rose', 'rose')).toBe('ROSE');
    expect(cache.get('rose', 'rose')).toBe('ROSE');
    expect(cache.get('ivy', 'ivy')).toBe('IVY');
    expect(computed).toEqual(['rose', 'ivy']);
  });

  it('forgets everything once it is full, and works words out again', () => {
    const computed: string[] = [];
    const cache = new WordCache<string, number>((w) => (computed.push(w), w.length), 2);
    for (const w of ['a', 'bb', 'ccc', 'a']) cache.get(w, w);
    expect(computed).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('keys by the string given, and computes from the argument', () => {
    const cache = new WordCache<{ text: string }, string>((t) => t.text.toLowerCase());
    expect(cache.get('Rose', { text: 'Rose' })).toBe('rose');
    expect(cache.get('ROSE', { text: 'ROSE' })).toBe('rose');
    expect(cache.get('Rose', { text: 'ignored once cached' })).toBe('rose');
  });
});
