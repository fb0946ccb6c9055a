// Words for fact types named by free text: a short label and a verb that reads in a sentence.

const PREPOSITIONS = new Set(['of', 'by', 'in', 'at', 'to', 'with', 'for', 'from', 'on', 'after']);
/** Labels that already read as a verb ("uses", "shares border with"). */
const VERB_FIRST = /^(uses|studies|shares|owns|follows|replaces|contains|produces|has)\b/;

/** A short lower-case label: "country of citizenship", "parent organization". */
export function factLabel(text: string): string {
  const label = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return label === '' ? 'related to' : label.slice(0, 80);
}

/**
 * A verb phrase for sentences: "has country of citizenship", "is member of", "is located in
 * ...", "uses". Labels that read as a relation keep their words.
 */
export function factVerb(label: string): string {
  if (VERB_FIRST.test(label)) return label;
  const words = label.split(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (PREPOSITIONS.has(last) || first.endsWith('ed')) return `is ${label}`;
  return `has ${label}`;
}
