// What is wrong with the two days of a "What changed" comparison, in words, or nothing. Pure.

/** One of the two date inputs: its value (YYYY-MM-DD or empty) and whether it holds a partial date. */
export interface DayInput {
  readonly value: string;
  /** The browser's `validity.badInput`: something typed that is not a whole date. */
  readonly partial: boolean;
}

/** Why the comparison of `from` and `to` cannot run, or undefined when it can. */
export function compareProblem(from: DayInput, to: DayInput): string | undefined {
  if (from.partial)
    return 'The first day ("Changes from") is not a whole date: give day, month and year.';
  if (to.partial) return 'The last day ("to") is not a whole date: give day, month and year.';
  if (from.value === '' && to.value === '') return 'Pick two days: "Changes from" and "to".';
  if (from.value === '') return 'Pick the first day ("Changes from").';
  if (to.value === '') return 'Pick the last day ("to").';
  if (from.value > to.value)
    return `The first day (${from.value}) is after the last (${to.value}): swap them.`;
  return undefined;
}
