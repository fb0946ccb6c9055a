// Tick labels of the timeline's axis that say which time they are at any zoom: whole years,
// then months with their year, then days with month and year; never two labels alike.
import { utcFormat } from 'd3';

const YEAR = utcFormat('%Y');
const MONTH = utcFormat('%b %Y');
const DAY = utcFormat('%-d %b %Y');

/** Labels for `ticks` (in order): by year, month or day, the coarsest that tells them apart. */
export function tickLabeller(ticks: readonly Date[]): (d: Date) => string {
  for (const format of [YEAR, MONTH]) {
    const labels = ticks.map((t) => format(t));
    if (new Set(labels).size === labels.length) return format;
  }
  return DAY;
}
