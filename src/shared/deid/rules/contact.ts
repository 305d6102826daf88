import { codeAt, type Ctx, scan } from './context';

/** A South Asian mobile number. */
const MOBILE_SOUTH_ASIA_RE = /(?<![\d+\-/.,])(?<![A-Z]{2,6} )(?:(?:\+?(?:91|92|94|977|880)|0)[\s-]?)?[6-9]\d{4}[\s-]?\d{5}(?![\d\-/.]\d|\d)/g;
const PHONE_ASIA_RE = /\(\d{2,4}\)\s?\d{4}[\s-]?\d{4}(?!\d)|(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])/g;
const EMAIL_RE = /\b[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b/g;
const URL_RE =
  /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"')\]]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|co|us|uk|ca|au|info|biz|health|app|me|example)(?:\/[^\s<>"')\]]*)?(?=[\s,;:)\]"'<>]|\.(?:\s|$)|$)/gi;
const IPV4_RE = /\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b/g;
const IPV6_RE = /\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b|::(?:ffff:)?[0-9a-f.:]+\b/gi;
// North American numbers, with optional +1 and extension
const PHONE_NA_RE =
  /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b(?:\s*(?:x|ext\.?|extension|poste)\s*\d{1,5})?/gi;
// International: +CC then 2-5 groups
const PHONE_INTL_RE = /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}\b(?:\s*(?:x|ext\.?|extension|poste)\s*\d{1,5})?/gi;
// UK-style national numbers (07700 900461, 020 7946 0958, 01632 960983) and 7-digit numbers with an extension
/** A Dutch mobile number: 06, a space or hyphen, and eight figures, "06 55501934", "06-12345678" (bare, "0612345678" is as often a record number). */
const MOBILE_NL_RE = /(?<![\w+/.-])06[ -]\d{8}(?![\w/-]|[.,]\d)/g;
/** A number after the trunk prefix 8, as Russia, Kazakhstan and Belarus write it: "8 (928) 555-40-77", "8 (7212) 55-51-73". */
const PHONE_TRUNK_EIGHT_RE = /(?<![\w+.-])8[ -]?\(\d{3,5}\)[ -]?\d{1,3}(?:-\d{2}){2}(?![\w-])/g;
// Australian and New Zealand landlines with a one-digit area code: "02 9374 4000", "07 839 8899 ext 4412"
const PHONE_AUNZ_RE = /(?<![\w/.-])0\d[ -]\d{3,4}[ -]\d{4}(?![\w/-]|\.\d)(?:\s*(?:x|ext\.?|extn\.?|extension|poste)\s*\d{1,5}\b)?/gi;
const PHONE_UK_RE = /(?<![\w/.-])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\w/-]|\.\d)(?:\s*(?:x|ext\.?|extn\.?|extension|poste)\s*\d{1,5}\b)?/gi;
// pager / bleep / extension numbers identify staff: "bleep 4471", "pager #2231", "ext. 5512"
// (an extension may carry its exchange digit: "ext 6-2241")
const PAGER_RE = /\b(?:pager|pgr\.?|bleep|beeper|page|bleep\s?no\.?|pager\s?no\.?|ext(?:ension)?\.?|extn\.?)\s*[:#]?\s*(\d{3,6}|\d-\d{4})(?![\w/,:-]|[.,]\d)/gi;
// "tel:+15555550123" links
const TEL_URI_RE = /\btel:\+?[\d-.()]{7,20}\d/gi;
// bracketed area codes outside North America: "(02) 9374 4000", "(0161) 496 0000"
// (a Brazilian mobile's leading 9 may stand apart: "(71) 9 5555-2207")
// (after a trunk code, two figures and four: "(054) 59-9015" in Peru)
const PHONE_AREA_RE = /\((?:0\d{1,4}|[1-9]\d)\)\s?(?:9\s(?=\d{4}[\s-]?\d{4}\b))?\d{3,5}[\s-]?\d{3,4}\b|\(0\d{1,4}\)\s?\d{2}-\d{4}\b/g;
const PHONE_EXT_RE = /(?<![\w/.-])\d{3}-\d{4}\s*(?:x|ext\.?|extension|poste)\s*\d{1,5}\b/gi;
// Bare 10-digit or local 7-digit numbers after a phone cue
// (and, after a cue, any grouping of 2-4 digits: "06-41 27 83 90", "0553 218 47 90", "11 5724-8839")
const PHONE_SHAPE_RE = /(?<![\w.-])(?:\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|\d{3}[\s.-]\d{3}[\s.-]\d{3}|\d{3}[\s.-]\d{4}|\d{4}[\s.-]?\d{3}[\s.-]?\d{3,4}|0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{2,4}(?:[ .-]\d{2,4}){2,4})\b/g;
const PHONE_CUE_BEFORE = /(?:^|[^\p{L}])(?:phone|ph|tel|telephone|cell|celular|handy|tlf|telefone|telefono|teléfono|telèfon|telefon|telefoon|téléphone|tél|telp|puhelin|móvil|movil|portable|hp|mobile|mob|whatsapp|pager|bleep|beeper|fax|facsimile|contact|contacto|contato|call|reached at|reach (?:him|her|them) at|(?:phone|ring|call|text|contact)\s(?:him|her|them|me|us)\s(?:on|at)|number|numer|número|numero|no\.?|#)\.?\s*(?:number|no\.?|#)?\s*[:=]?\s*$|(?:^|[\s|])[TMPO]:\s*$/iu;
export const TLDS = new Set('com org net edu gov io co us uk ca au info biz health app me example nz ie de fr es it nl se no dk fi be ch at pl pt br mx in jp cn kr za'.split(' '));
const FAX_CUE = /\b(?:fax|facsimile|faxed|faxing)\b/i;

function isFax(ctx: Ctx, start: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 28), start);
  if (!FAX_CUE.test(before)) return false;
  // the nearest cue must be fax, not another phone word closer to the number
  const lastFax = before.search(/\b(?:fax|facsimile|faxed|faxing)\b(?![\s\S]*\b(?:fax|facsimile|faxed|faxing)\b)/i);
  const lastPhone = before.search(/\b(?:phone|tel|cell|mobile|call)\b(?![\s\S]*\b(?:phone|tel|cell|mobile|call)\b)/i);
  return lastFax >= 0 && lastFax > lastPhone;
}

/** Whether text has at least n ':' (as text.split(':').length > n, without the array). */
function atLeastColons(text: string, n: number): boolean {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) if (--n === 0) return true;
  return false;
}

export function contactRules(ctx: Ctx): void {
  const { text } = ctx;
  if (text.includes('@')) for (let m = scan(EMAIL_RE, text); m; m = EMAIL_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'EMAIL', 0.99, 'email');
  if (text.includes('://') || text.includes('www.') || ctx.tokens.some((t) => codeAt(text, t.start - 1) === 46 && TLDS.has(t.lower))) for (let m = scan(URL_RE, text); m; m = URL_RE.exec(text)) {
    let s = m[0];
    s = s.replace(/[.,;:!?]+$/, '');
    // skip the domain part of an e-mail address (handled above)
    if (m.index > 0 && text[m.index - 1] === '@') continue;
    if (!/[a-z]/i.test(s)) continue;
    ctx.add(m.index, m.index + s.length, 'URL', 0.95, 'url');
  }
  if (/\d\.\d{1,3}\.\d/.test(text)) for (let m = scan(IPV4_RE, text); m; m = IPV4_RE.exec(text)) {
    // not a version number or a lab value: all four parts present by regex
    if (/\b(?:version|ver|v|firmware|release|build)\s*:?\s*$|\b(?:driver|firmware|software|app|client)\s+(?:updated|upgraded)\s+to\s*$/i.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    ctx.add(m.index, m.index + m[0].length, 'IP', 0.95, 'ipv4');
  }
  if (text.includes('::') || (atLeastColons(text, 4) && /[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}/i.test(text))) for (let m = scan(IPV6_RE, text); m; m = IPV6_RE.exec(text)) {
    if ((m[0].match(/:/g) ?? []).length < 3 || !/[0-9a-f]{3,}/i.test(m[0])) continue;
    if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(m[0])) continue;
    ctx.add(m.index, m.index + m[0].length, 'IP', 0.9, 'ipv6');
  }
  if (/\b(?:pager|pgr|bleep|beeper|page|ext|extn|extension)\b/i.test(text)) for (let m = scan(PAGER_RE, text); m; m = PAGER_RE.exec(text)) {
    if (/^page/i.test(m[0]) && !/^pager/i.test(m[0])) continue;
    const s = m.index + m[0].length - m[1]!.length;
    ctx.add(s, s + m[1]!.length, 'PHONE', 0.8, 'pager');
  }
  if (text.includes('tel:')) for (let m = scan(TEL_URI_RE, text); m; m = TEL_URI_RE.exec(text)) ctx.add(m.index + 4, m.index + m[0].length, 'PHONE', 0.95, 'tel-uri');
  // a South Asian mobile: ten figures from 6 to 9, whole or split five and five ("9808812254", "98402 17736", "98140-66271")
  if (/[6-9]\d{4}[\s-]?\d{5}/.test(text)) for (let m = scan(MOBILE_SOUTH_ASIA_RE, text); m; m = MOBILE_SOUTH_ASIA_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, 'PHONE', 0.7, 'phone-mobile-south-asia');
  // a country code in brackets and a number in fours ("(852) 2255 4352"); a Japanese number with its area code ("0263-58-2231")
  if (/\(\d{2,4}\)\s?\d{4}|\b0\d{1,4}-\d{1,4}-\d{4}\b/.test(text)) for (let m = scan(PHONE_ASIA_RE, text); m; m = PHONE_ASIA_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, isFax(ctx, m.index) ? 'FAX' : 'PHONE', 0.85, 'phone-asia');
  if (text.includes('06')) for (let m = scan(MOBILE_NL_RE, text); m; m = MOBILE_NL_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, isFax(ctx, m.index) ? 'FAX' : 'PHONE', 0.85, 'phone-mobile-nl');
  // every phone shape has two digit groups of three or more
  // (or a country code, or pairs of digits: "+33 6 47 21 88 03", "06 41 27 83 90", "8 (7212) 55-51-73"; or a trunk code and two
  // figures: "(054) 59-9015")
  if (!/\d{3}[\s.)-]{1,2}\d{3}|\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}|\+\d{1,3}[\s.-]?\(?\d|\d{2}[\s.-]\d{2}[\s.-]\d{2}[\s.-]\d{2}|\)[ -]?\d{1,3}-\d{2}-\d{2}|\(0\d{1,4}\)\s?\d{2}-\d{4}/.test(text)) return;
  const phones = (re: RegExp, conf: number, rule: string, group = 0) => {
    for (let m = scan(re, text); m; m = re.exec(text)) {
      const g = m[group];
      const start = m.index + (group ? m[0].indexOf(g!) : 0);
      const end = start + g!.length;
      // (an extension's digits are not the number's: "1-800-555-0147 ext. 53318")
      const digits = g!.replace(/\s*(?:x|ext|extn|extension|poste)[\s\S]*$/i, '').replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) continue;
      // not a date like 2023-03-14 or a range like 100-120
      if (/^\d{4}-\d{2}-\d{2}$/.test(g!)) continue;
      ctx.add(start, end, isFax(ctx, start) ? 'FAX' : 'PHONE', conf, rule);
    }
  };
  phones(PHONE_NA_RE, 0.95, 'phone-na');
  phones(PHONE_INTL_RE, 0.9, 'phone-intl');
  for (let m = scan(PHONE_SHAPE_RE, text); m; m = PHONE_SHAPE_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 28), m.index);
    if (!PHONE_CUE_BEFORE.test(before)) continue;
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    ctx.add(m.index, m.index + m[0].length, isFax(ctx, m.index) ? 'FAX' : 'PHONE', 0.9, 'phone-cue');
  }
  phones(PHONE_EXT_RE, 0.9, 'phone-ext');
  phones(PHONE_AREA_RE, 0.9, 'phone-area');
  phones(PHONE_TRUNK_EIGHT_RE, 0.9, 'phone-trunk-eight');
  for (let m = scan(PHONE_AUNZ_RE, text); m; m = PHONE_AUNZ_RE.exec(text)) ctx.add(m.index, m.index + m[0].length, isFax(ctx, m.index) ? 'FAX' : 'PHONE', 0.8, 'phone-national');
  for (let m = scan(PHONE_UK_RE, text); m; m = PHONE_UK_RE.exec(text)) {
    const d = m[0].replace(/\s*(?:x|ext|extn|extension|poste)[\s\S]*$/i, '').replace(/\D/g, '');
    if (d.length === 10 || d.length === 11) ctx.add(m.index, m.index + m[0].length, isFax(ctx, m.index) ? 'FAX' : 'PHONE', 0.8, 'phone-national');
  }
}
