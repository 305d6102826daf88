import type { Ctx } from './context';

const BIOMETRIC_RE =
  /\b(?:(?:finger|thumb|palm|foot|voice|retinal?|iris)[\s-]?(?:prints?|scans?|patterns?|templates?|samples?|recordings?)|fingerprint(?:s|ing)?|voiceprints?|retinal scans?|iris scans?|facial (?:recognition|geometry|scan|template)s?|full[-\s]face (?:photo(?:graph)?s?|images?)|DNA (?:profile|fingerprint)s?|gait (?:signature|analysis profile))\b/gi;
// A described tattoo / birthmark / scar that can single a person out.
const MARK_RE =
  /\b(?:(?:an?|his|her|their|the|distinctive|large|small|prominent|visible)\s+)?(?:[\w'’-]+\s+){0,4}?(?:tattoos?|birthmarks?|port[-\s]wine stains?)(?:\s+(?:of|reading|that reads|saying|depicting|with|spelling|showing|on|across|over)\s+[^.;\n]{1,80}?(?=[.;\n]|,\s|$))?/gi;

export function biometricRules(ctx: Ctx): void {
  const { text } = ctx;
  for (const m of text.matchAll(BIOMETRIC_RE)) ctx.add(m.index, m.index + m[0].length, 'BIOMETRIC', 0.85, 'biometric');
  for (const m of text.matchAll(MARK_RE)) {
    const s = m[0];
    // "no tattoos" / "tattoo removal" are not descriptions
    if (/^(?:no|without|denies)\b/i.test(s)) continue;
    if (!/\s(?:of|reading|that reads|saying|depicting|with|spelling|showing|on|across|over)\s/i.test(s) && s.split(/\s+/).length < 3) continue;
    ctx.add(m.index, m.index + s.length, 'BIOMETRIC', 0.75, 'distinctive-mark');
  }
}
