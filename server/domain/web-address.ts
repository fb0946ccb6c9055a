// Which addresses the app passes on as links: http(s) only (RFC 3986 schemes; `javascript:`,
// `data:` and the rest are never links), the same rule the pages apply when they draw a source.

/** True when `url` is an absolute http: or https: address. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(url.trim());
}
