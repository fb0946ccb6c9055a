// GET /api/openapi.json and GET /api/docs (a readable page built from the same document).
import { Router } from 'express';
import { ENDPOINTS, openApiDocument } from '../http/openapi';

const escapeHtml = (s: string): string =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function docsPage(doc: Record<string, unknown>): string {
  const paths = doc.paths as Record<
    string,
    Record<
      string,
      {
        parameters?: {
          name: string;
          required: boolean;
          schema: { type?: string; enum?: string[]; description?: string };
        }[];
      }
    >
  >;
  const sections = ENDPOINTS.map((e) => {
    const params = paths[e.path]?.[e.method]?.parameters ?? [];
    const rows = params
      .map((p) => {
        const type = p.schema.enum ? p.schema.enum.join(' | ') : (p.schema.type ?? '');
        return `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.required ? 'required' : 'optional'}</td><td>${escapeHtml(type)}</td></tr>`;
      })
      .join('');
    return `<section><h2><code>${e.method.toUpperCase()} ${escapeHtml(e.path)}</code></h2><p><strong>${escapeHtml(e.summary)}.</strong> ${escapeHtml(e.description)}</p>${rows ? `<table><thead><tr><th>Parameter</th><th></th><th>Type</th></tr></thead><tbody>${rows}</tbody></table>` : ''}</section>`;
  }).join('\n');
  const info = doc.info as { title: string; description: string };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(info.title)}</title><link rel="stylesheet" href="/api/docs.css"></head><body><main><h1>${escapeHtml(info.title)}</h1><p>${escapeHtml(info.description)}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code>.</p>${sections}</main></body></html>`;
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fbfaf7}main{max-width:52rem;margin:auto;padding:1rem 1.5rem}h2{font-size:1rem;margin-top:2rem}table{border-collapse:collapse;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left}code{background:#f0eee9;padding:0 .2rem}@media (prefers-color-scheme:dark){body{background:#15161a;color:#ececf1}code{background:#2a2b31}td,th{border-color:#333}}`;

/** The API's own description: the OpenAPI document and its reference page. */
export function docsRoutes(): Router {
  const router = Router();
  const doc = openApiDocument();
  const page = docsPage(doc);
  router.get('/openapi.json', (_req, res) => {
    res.json(doc);
  });
  router.get('/docs', (_req, res) => {
    res.type('text/html').send(page);
  });
  router.get('/docs.css', (_req, res) => {
    res.type('text/css').send(CSS);
  });
  return router;
}
