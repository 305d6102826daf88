import { W_CLINICAL, W_DRUG, W_ENGLISH, W_EPONYM, W_FIRST, W_GENE, W_GENUS, W_LAST } from '../dictionaries';
import type { PhiType } from '../types';
import { NOTHING_RE, type Ctx } from './context';
import { isClinicalCode, UNIT_AFTER } from './ids';

/**
 * Identifiers in table columns: a sign-in sheet or roster gives its label once, in the header
 * ("| Name | Badge | Ward |", "Emp #<TAB>Name<TAB>Dept"), and each row below holds a bare value.
 * Pipe tables (Markdown and plain), tab-separated tables and tables aligned with spaces are read;
 * a column whose header names an identifier makes every value under it that identifier; a
 * "Patient" or "Name" column holds people, an "Age" column ages (over 89 is an identifier), and a
 * "Batch" or "Model" column product codes that are no one's identifier.
 */
const HEADERS: [RegExp, PhiType][] = [
  [/^(?:mrn|mr ?#|mr no\.?|hosp(?:ital)? (?:no\.?|number|#)|chart (?:no\.?|number|#)|ur(?:n| ?no\.?)?|record (?:no\.?|number|#)|unit no\.?)$/i, 'MRN'],
  [/^(?:member (?:id|no\.?|#|number)|policy(?: (?:no\.?|number|#|id))?|medicaid(?: id| #| no\.?)?|medicare(?: id| #| no\.?)?|insurance (?:id|no\.?|#|number)|plan id|subscriber id|health ?card(?: no\.?)?)$/i, 'HEALTH_PLAN'],
  [/^(?:account(?: (?:no\.?|number|#))?|acct\.?(?: ?(?:no\.?|#))?|bank account)$/i, 'ACCOUNT'],
  [/^(?:licen[cs]e(?: (?:no\.?|number|#))?|npi|dea(?: (?:no\.?|#))?|gmc(?: (?:no\.?|number))?|nmc pin|reg(?:istration)? (?:no\.?|number|#)|prof(?:essional)? reg(?:istration)?)$/i, 'LICENSE'],
  [/^(?:serial(?: (?:no\.?|number|#))?|s\/n|sn|device (?:id|serial)|imei)$/i, 'DEVICE'],
  [/^(?:plate|plates|reg plate|vrm|vin|licen[cs]e plate)$/i, 'VEHICLE'],
  [/^(?:(?:phone|tel\.?|telephone|mobile|mob\.?|cell)(?: (?:no\.?|number|#))?|contact (?:no\.?|number|#)|pager|bleep|ext\.?|extension)$/i, 'PHONE'],
  [/^fax(?: (?:no\.?|number|#))?$/i, 'FAX'],
  [
    /^(?:badge(?: (?:no\.?|number|#|id))?|emp(?:loyee)?\.? ?(?:#|no\.?|number|id)?|staff (?:#|no\.?|number|id)|payroll(?: (?:no\.?|number|#))?|id|id (?:#|no\.?|number)|subj|subject(?: id| #| no\.?)?|study id|participant(?: id| #| no\.?)?|pt id|patient id|user(?:name| ?id)?|login|wristband|a-number|a-no\.?|alien (?:no\.?|number|#)|donation (?:no\.?|number|#|id)|booking ref(?:erence)?|barcode|case (?:#|no\.?|number|id)|claim(?: (?:#|no\.?|number))?|nhs(?: (?:no\.?|number|#))?|chi(?: (?:no\.?|number))?|passport(?: (?:no\.?|number))?|national id|ssn)$/i,
    'ID',
  ],
  [/^(?:name|initials|init|pt initials|full name|surname|first name|given name|patient|patient name|pt|pt name|resident|client|employee|staff|staff name|nok|next of kin|carer|consultant|cons|named nurse|key ?worker|(?:support |outreach )?worker|staff member|seen by|caller|author|gp|clinician|doctor|nurse)$/i, 'NAME'],
  [/^(?:age|age \(y(?:ea)?rs?\)|yrs|y\/o)$/i, 'AGE'],
  [/^(?:date|dob|d\.o\.b|date of birth|birth ?date|admission(?: date)?|admitted|adm|discharge(?: date)?|discharged|d\/c|onset|last dose|date of death|dod|fall[_ ]date|visit(?: date)?|seen|appt|date seen|date given|given)$/i, 'DATE'],
];
/** A date in a date column: "29/07", "1/6 AM", "03/07/1931", "2024-03-12". */
// (not a dose or a range written "1.5", "2-3": one figure each side needs a slash)
const DATE_CELL_RE = /^(?:(?!\d[.-]\d(?:\s|$))\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{2}|\d{4}))?(?:\s?(?:AM|PM|am|pm))?|\d{4}-\d{2}-\d{2})$/;
/** The header of rows pasted as CSV: three or more short labels between commas, no spaces around them. */
const CSV_HEADER_RE = /(?:^|\n)"?[A-Za-z][\w ./()?#-]{0,29}"?(?:,"?[A-Za-z][\w ./()?#-]{0,29}"?){3,}[ \t]*(?:\n|$)/;
/** A bed's state in a patient column: "vacant", "closed", "clean". */
const BED_STATE_RE = /^(?:vacant|empty|closed|blocked|free|clean|dirty|awaiting|pending|yes|no|x)$/i;
const MEDICAL = W_DRUG | W_GENUS | W_CLINICAL | W_GENE | W_EPONYM;

interface Cell {
  start: number;
  end: number;
}

/** The trimmed cells of one table line, with their offsets in the text. */
function cellsOf(text: string, from: number, to: number, sep: '|' | '\t' | ','): Cell[] {
  const cells: Cell[] = [];
  let s = from;
  // (in CSV a comma inside quotes is part of the value: "Oduya, Faith")
  let quoted = false;
  for (let i = from; i <= to; i++) {
    if (sep === ',' && text[i] === '"') quoted = !quoted;
    if (i < to && (text[i] !== sep || quoted)) continue;
    let a = s;
    let b = i;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    // (a CSV value in quotes: the quotes are no part of it)
    if (sep === ',' && b - a >= 2 && text[a] === '"' && text[b - 1] === '"') {
      a++;
      b--;
    }
    cells.push({ start: a, end: b });
    s = i + 1;
  }
  // "| a | b |": the empty edges outside the outer pipes are no cells
  if (sep === '|') {
    if (cells.length && cells[0]!.start === cells[0]!.end && text.slice(from, cells[0]!.start + 1).trim() === '|') cells.shift();
    if (cells.length && cells[cells.length - 1]!.start === cells[cells.length - 1]!.end) cells.pop();
  }
  return cells;
}

/** A value that can be an identifier: a code with a digit, not a date, a time or a measurement. */
function looksLikeValue(ctx: Ctx, v: string, type: PhiType): boolean {
  // (a login in lower case under an ID or user column: "kalmazrouei", "rmathew")
  if (type === 'ID' && /^[a-z][a-z0-9._]{3,30}$/.test(v) && !/\d/.test(v)) return !(ctx.lex.flags(v) & (W_ENGLISH | MEDICAL));
  if (v.length < 3 || v.length > 40 || !/\d/.test(v)) return false;
  if (NOTHING_RE.test(v)) return false;
  if (/^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/.test(v) || /^\d{1,2}:\d{2}/.test(v)) return false;
  if (type === 'PHONE') return v.replace(/\D/g, '').length >= 7;
  if (v.replace(/\W/g, '').length < 4 && type !== 'VEHICLE') return false;
  if (UNIT_AFTER.test(v.replace(/^[\d.,\s]+/, '')) && /^\d/.test(v)) return false;
  if (/^\d+(?:\.\d+)?\s*[a-zµ%]/i.test(v) && !/^\d+[A-Z]{1,3}\d*$/.test(v)) return false;
  if (v.split(/\s+/).length > 4) return false;
  return !isClinicalCode(ctx, v);
}

/** A person's name in a cell: "Nkemelu, Grace", "T. Osei", "Rao"; not a drug, a diagnosis or "vacant". */
function looksLikePerson(ctx: Ctx, v: string): boolean {
  if (NOTHING_RE.test(v) || BED_STATE_RE.test(v) || !/^\p{L}[\p{L}'’. ,-]{1,50}$/u.test(v)) return false;
  const words = v.split(/[\s,]+/).filter(Boolean);
  if (words.length > 4) return false;
  // in lower case, a surname and an initial ("delacroix, m", "hope, d") or words that are no ordinary or clinical words ("ngaire")
  if (!/\p{Lu}/u.test(v)) {
    if (/^\p{Ll}[\p{L}'’-]+,\s?\p{Ll}\.?$/u.test(v)) return !(ctx.lex.flags(words[0]!) & MEDICAL);
    return words.every((w) => w.length > 2 && !(ctx.lex.flags(w.replace(/[.'’]+$/, '')) & (MEDICAL | W_ENGLISH)) && !ctx.lex.clinical.has(w));
  }
  return words.every((w) => {
    const l = w.replace(/[.'’]+$/, '').toLowerCase();
    const f = ctx.lex.flags(l);
    // (GRACE is a score and Grace a given name; in a patient column it is the name; "Discharged" is neither)
    if (l.length <= 1 || (f & (W_FIRST | W_LAST)) !== 0) return true;
    return !(f & MEDICAL) && !(f & W_ENGLISH);
  });
}

/** Columns whose values are product codes, not anyone's identifier: a vaccine's batch, a device's model. */
const CODE_COLUMNS = /^(?:batch|batch no\.?|batch #|lot|lot no\.?|lot #|model|model no\.?|cat(?:alog(?:ue)?)? no\.?|ndc)$/i;

type Layout = '|' | '\t' | '  ' | ',';
type Column = PhiType | 'CODE' | undefined;

/** The cells of a line aligned with spaces: runs separated by two or more spaces. */
function spacedCellsOf(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  const line = text.slice(from, to);
  for (let m = re.exec(line); m; m = re.exec(line)) cells.push({ start: from + m.index, end: from + m.index + m[0].length });
  return cells;
}

/** The column a cell of a space-aligned row falls under: the last header cell starting at or before it. */
function columnAt(header: Cell[], headerStart: number, rowStart: number, cell: Cell): number {
  const at = cell.start - rowStart;
  let k = -1;
  for (let i = 0; i < header.length; i++) if (header[i]!.start - headerStart <= at + 1) k = i;
  return k;
}

/** A cell that names a column: one or two ordinary words ("Ward", "Outcome", "Bed no"), none of them a name. */
function isColumnName(ctx: Ctx, cell: string): boolean {
  const words = cell.replace(/[:.#]$/, '').trim().split(/\s+/);
  return words.length <= 2 && words.every((w) => {
    const l = w.toLowerCase();
    return /^\p{L}+$/u.test(w) && (COLUMN_WORDS.has(l) || (ctx.lex.english.has(l) && !ctx.lex.firstNames.has(l) && !ctx.lex.lastNames.has(l)));
  });
}
/** Column names that are also surnames ("Ward", "Bay", "Notes"). */
const COLUMN_WORDS = new Set('ward bed bay room unit site status outcome plan notes note comment comments age sex date time dose drug result results team consultant nurse doctor owner'.split(' '));

export function tableRules(ctx: Ctx): void {
  const { text } = ctx;
  const layouts: Layout[] = [];
  if (text.includes('|')) layouts.push('|');
  if (text.includes('\t')) layouts.push('\t');
  if (text.includes('  ') && /\S {2,}\S+ {2,}\S/.test(text)) layouts.push('  ');
  // rows pasted from a spreadsheet as CSV: a header of short labels, three commas or more ("mrn,ward,dob,age,fall_date")
  // (speed: three commas with no space after them first, a simple pattern, before the header's)
  if (/,[^\s,]+,[^\s,]+,/.test(text) && CSV_HEADER_RE.test(text)) layouts.push(',');
  for (const sep of layouts) {
    let header: Cell[] | undefined;
    let headerStart = 0;
    let columns: Column[] = [];
    for (let ls = 0; ls <= text.length; ) {
      let le = text.indexOf('\n', ls);
      if (le < 0) le = text.length;
      const line = text.slice(ls, le);
      const isRow = sep === '  ' ? /\S {2,}\S/.test(line) : line.split(sep).length - 1 >= (sep === '|' ? 2 : sep === ',' ? 3 : 1);
      if (!isRow) {
        header = undefined;
      } else if (sep === '|' && /^[\s|:+-]*$/.test(line)) {
        // "|---|:---:|": a Markdown rule under the header
      } else if (!header) {
        header = sep === '  ' ? spacedCellsOf(text, ls, le) : cellsOf(text, ls, le, sep);
        headerStart = ls;
        columns = header.map((c) => {
          // (a database's column names join their words with underscores: "staff_id", "first_name")
          const label = text.slice(c.start, c.end).replace(/[:.]$/, '').replace(/_/g, ' ');
          return CODE_COLUMNS.test(label) ? 'CODE' : HEADERS.find(([re]) => re.test(label))?.[1];
        });
        // a header of short labels only ("Vaccine   Date   Batch   Site"), else the first row is no header
        // (a key-value table, "| Name | Jo Bloggs |\n| MRN | A1234567 |", has labels down its first column, not across)
        // ("| Patient | Ward |" is a header all the same: its second cell is a column's name, not a value)
        const keyValue = header.length < 3 && columns.filter(Boolean).length < 2 && !header.slice(1).every((c) => isColumnName(ctx, text.slice(c.start, c.end)));
        if (!columns.some(Boolean) || keyValue || ((sep === '  ' || sep === ',') && (header.length < 3 || header.some((c) => c.end - c.start > (sep === ',' ? 30 : 24) || /^\d|\d{2}/.test(text.slice(c.start, c.end)))))) columns = [];
        // (every label of a recognised header is a label, "Sig" and "Plan" beside "Last dose" too)
        // (every label of a real header is a label, "Sig" and "Plan" beside "Last dose" too; a one-line record,
        // "Patient | Tamsin Oduya | Ward | 4B", is no header and its cells stay what they are)
        else {
          // (a real header has a row of its shape under it, or a Markdown rule: a one-line record has neither)
          const next = text.indexOf('\n', le + 1);
          const below = text.slice(le + 1, next < 0 ? text.length : next);
          const shaped = sep === '|' && /^[\s|:+-]*$/.test(below) ? true : sep !== '  ' && below.split(sep).length === line.split(sep).length;
          (ctx.headerCells ??= []).push(...header.filter((c, i) => columns[i] !== 'CODE' && (columns[i] || (shaped && /^\p{L}[\p{L} .'’/()-]{0,23}$/u.test(text.slice(c.start, c.end))))));
        }
      } else if (columns.length) {
        const cells = sep === '  ' ? spacedCellsOf(text, ls, le) : cellsOf(text, ls, le, sep);
        if (sep !== '  ' && cells.length !== header.length) {
          ls = le + 1;
          continue;
        }
        cells.forEach((c, i) => {
          const type = columns[sep === '  ' ? columnAt(header!, headerStart, ls, c) : i];
          if (!type) return;
          const v = text.slice(c.start, c.end);
          if (type === 'CODE') (ctx.codeCells ??= []).push(c);
          else if (type === 'NAME') {
            if (looksLikePerson(ctx, v)) ctx.add(c.start, c.end, 'NAME', 0.8, 'table-column');
          } else if (type === 'DATE') {
            if (DATE_CELL_RE.test(v)) ctx.add(c.start, c.end, 'DATE', 0.85, 'table-column');
          } else if (type === 'AGE') {
            const age = /^(\d{2,3})\s*(?:y|yo|yrs?|years)?$/.exec(v);
            if (age && +age[1]! >= 90 && +age[1]! <= 130) ctx.add(c.start, c.start + age[1]!.length, 'AGE', 0.9, 'table-column');
          } else if (looksLikeValue(ctx, v, type)) ctx.add(c.start, c.end, type, 0.85, 'table-column');
        });
      }
      ls = le + 1;
    }
  }
}
