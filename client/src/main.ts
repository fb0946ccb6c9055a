// Entry point: build the explorer on the page and restore the view from the URL.
import { Explorer } from './explorer/explorer';

function required(selector: string): Element {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`The page lacks ${selector}`);
  return found;
}

const explorer = new Explorer({
  svg: required('#graph') as SVGSVGElement,
  status: required('#status') as HTMLElement,
  search: required('#search') as HTMLElement,
  details: required('#details') as HTMLElement,
  filters: required('#filters') as HTMLElement,
  paths: required('#paths') as HTMLElement,
  legend: required('#legend') as HTMLElement,
  list: required('#fact-list') as HTMLElement,
  undo: required('#undo') as HTMLButtonElement,
  exports: required('#export') as HTMLElement,
  query: required('#query') as HTMLElement,
  timeline: required('#timeline') as SVGSVGElement,
  timeControls: required('#time-controls') as HTMLElement,
});

explorer.restore(location.search).catch(() => {
  // The status line already says what went wrong, in plain words.
});
