import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.js';

/**
 * Swagger UI's prebuilt files come from node_modules, not a CDN: signage networks are often
 * closed, and the page must work there too. The package is plain files with no dependency to run.
 */
const SWAGGER_UI_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist'));

/** The files the page loads, each from this server; the initializer is ours (no inline script). */
const DOCS_ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  'swagger-ui.css': { file: join(SWAGGER_UI_DIR, 'swagger-ui.css'), type: 'text/css' },
  'swagger-ui-bundle.js': {
    file: join(SWAGGER_UI_DIR, 'swagger-ui-bundle.js'),
    type: 'text/javascript',
  },
};

// `validatorUrl: null`: Swagger UI would otherwise send the document to an outside validator.
const INITIALIZER = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  validatorUrl: null,
  deepLinking: true,
});
`;

const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bảng tin API</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
`;

/** `GET /openapi.json` (generated from the routes' zod schemas) and `GET /docs` (browsable). */
export function addDocsRoutes(api: OpenAPIHono<AppEnv>): void {
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'bt_session',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'device', {
    type: 'http',
    scheme: 'bearer',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'integrationKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An integration key the admin creates in settings (queue calls).',
  });
  api.doc('/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Bảng tin manager API',
      version: '1',
      description:
        'Editor routes use the `bt_session` cookie from `POST /api/session`; player routes under `/api/device` use a device token. Errors answer `{ "error": { "code", "message", "details"? } }`.\n\n' +
        'Roles, weakest first: viewer (reads), editor (drafts slides, playlists and schedule entries and submits them), approver (approves; its own writes publish at once), admin (also users, screens, groups, settings). Each route names its role as `x-required-role`. Screens only ever get published content.',
    },
    servers: [{ url: '/api' }],
  });
  api.get('/docs', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(DOCS_PAGE);
  });
  api.get('/docs/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(INITIALIZER);
  });
  api.get('/docs/:asset{swagger-ui\\.css|swagger-ui-bundle\\.js}', (c) => {
    const asset = DOCS_ASSETS[c.req.param('asset')];
    if (!asset) return c.notFound();
    c.header('Content-Type', `${asset.type}; charset=utf-8`);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(Readable.toWeb(createReadStream(asset.file)) as ReadableStream<Uint8Array>);
  });
}
