// The text policy: what user text may hold once it is stored, how it is searched, and how it is
// written to XML and shown beside other text. Pure; used by the loader, every importer, the
// XML writers and the client.
/* eslint-disable no-control-regex -- matching control characters is this file's purpose */

/**
 * C0 and C1 control characters other than tab and line feed (U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F, U+007F–U+009F); a carriage return is handled apart (line ends become `\n`).
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Invisible characters with no meaning inside a name or sentence: zero-width space (U+200B),
 * word joiner (U+2060), zero-width no-break space / byte-order mark (U+FEFF). Zero-width
 * joiner and non-joiner (U+200C, U+200D) are kept: Persian, Indic scripts and emoji need them.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;

/** Characters XML 1.0 forbids (its `Char` production): these controls, lone surrogates, U+FFFE/F. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Characters that are not seen but split or hide words from search: every format character
 * (Unicode category Cf: zero-width joiner and non-joiner, bidi marks, embeddings, overrides and
 * isolates, soft hyphen, ...).
 */
const FORMAT = /\p{Cf}/gu;

/** Bidi controls and strong right-to-left letters: text that can reorder what stands around it. */
const BIDI_SENSITIVE =
  /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Printable ASCII, tab and line feed: text the policy leaves as it is (the common case). */
const PLAIN = /^[\u0020-\u007E\t\n]*$/;

/** First-strong isolate (U+2068) and pop directional isolate (U+2069), Unicode's UAX #9. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * User text as it is stored: Unicode NFC, line ends as `\n`, C0/C1 controls other than tab and
 * line feed removed, zero-width space, word joiner and byte-order mark removed, and what XML
 * 1.0 forbids (lone surrogates, U+FFFE, U+FFFF) removed. Bidi controls and the zero-width
 * joiners are kept (the display isolates them, search ignores them), bidi controls balanced
 * (`balanceBidi`). Idempotent.
 */
export function cleanText(text: string): string {
  if (PLAIN.test(text)) return text;
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(NOT_XML, '')
    .normalize('NFC');
  return balanceBidi(clean);
}

const EMBEDDINGS = '\u202A\u202B\u202D\u202E'; // LRE, RLE, LRO, RLO: closed by PDF
const ISOLATES = '\u2066\u2067\u2068'; // LRI, RLI, FSI: closed by PDI
const PDF = '\u202C';

/**
 * Bidi controls balanced (UAX #9): every embedding, override or isolate the text opens is
 * closed at its end, and a closer with nothing to close is dropped, so a right-to-left
 * override in a name never reaches the text set after it ("from 2015." stays as written).
 */
export function balanceBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const open: string[] = [];
  let out = '';
  for (const c of text) {
    if (EMBEDDINGS.includes(c) || ISOLATES.includes(c)) {
      open.push(c);
    } else if (c === PDF) {
      if (open.length === 0 || !EMBEDDINGS.includes(open[open.length - 1] ?? '')) continue;
      open.pop();
    } else if (c === PDI) {
      const at = open.findLastIndex((o) => ISOLATES.includes(o));
      if (at < 0) continue;
      // A PDI also ends the embeddings opened inside its isolate (UAX #9, rule X6a).
      open.splice(at);
    }
    out += c;
  }
  return (
    out +
    open
      .reverse()
      .map((o) => (ISOLATES.includes(o) ? PDI : PDF))
      .join('')
  );
}

/**
 * Every string inside a JSON-like value cleaned (`cleanText`), keys included; other values kept.
 * A value with nothing to clean is returned as it is (the common case: importers call this on
 * every row, and copying every row cost more than reading it); otherwise a cleaned copy, objects
 * as plain objects.
 */
export function cleanDeep<T>(value: T): T {
  return isClean(value) ? value : copyClean(value);
}

/** True when `cleanDeep` would change nothing in `value` (walks it without copying). */
function isClean(value: unknown): boolean {
  if (typeof value === 'string') return PLAIN.test(value) || cleanText(value) === value;
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!isClean(item)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (!isClean(key) || !isClean((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function copyClean<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => copyClean(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[cleanText(k)] = copyClean(v);
    }
    return out as T;
  }
  return value;
}

/** The form search indexes: the visible letters only (format characters removed), NFKC. */
export function searchableText(text: string): string {
  return cleanText(text).replace(FORMAT, '').normalize('NFKC');
}

/**
 * The stored `aliasText` the full-text index reads beside `name`: aliases joined by ` | `, and,
 * when a name or alias holds invisible format characters, its searchable form too, so a search
 * for the visible letters finds it.
 */
export function aliasSearchText(name: string, aliases: readonly string[]): string {
  const parts = [...aliases];
  for (const text of [name, ...aliases]) {
    const plain = searchableText(text);
    if (plain !== text && !parts.includes(plain)) parts.push(plain);
  }
  return parts.join(' | ');
}

/** Text with what XML 1.0 forbids dropped (controls but tab, LF, CR; lone surrogates; U+FFFE/F). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Text set in a sentence beside other text, isolated (FSI … PDI, UAX #9) when it could reorder
 * its neighbours: a right-to-left override in a name then ends at the name, and "from 2015."
 * after it still reads "from 2015.". Text without bidi controls or right-to-left letters is
 * returned as it is.
 */
export function isolateBidi(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `${FSI}${text}${PDI}` : text;
}
