import { readFileSync } from 'fs';
import { dirname, join } from 'path';

/**
 * The files the GraphiQL page loads, each from the project's own installed packages (graphiql's
 * browser bundle needs React and ReactDOM as globals): a personnel office's intranet has no
 * internet, so nothing may come from a CDN. Only these names are served, never a path from the
 * request.
 */
export interface Asset {
  contentType: string;
  body: Buffer | string;
}

const FROM_PACKAGES: Record<string, [contentType: string, pkg: string, file: string]> = {
  'react.js': ['text/javascript; charset=utf-8', 'react', 'umd/react.production.min.js'],
  'react-dom.js': ['text/javascript; charset=utf-8', 'react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['text/javascript; charset=utf-8', 'graphiql', 'graphiql.min.js'],
  'graphiql.css': ['text/css; charset=utf-8', 'graphiql', 'graphiql.min.css'],
};

/** The browser bundles are not in the packages' exports maps: found beside each package.json, which is. */
function packageFile(pkg: string, file: string): Buffer {
  return readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
}

/**
 * Starts the IDE against this service's /graphql. A file of its own rather than an inline script,
 * so that the page's Content-Security-Policy can allow scripts from this site only.
 */
const START_SCRIPT = `'use strict';
(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
`;

let loaded: Map<string, Asset> | null = null;

/** Read once, on the first request for the IDE: the bundles are a few megabytes and never change while running. */
export function graphiqlAsset(name: string): Asset | undefined {
  if (!loaded) {
    const assets = new Map<string, Asset>([['start.js', { contentType: 'text/javascript; charset=utf-8', body: START_SCRIPT }]]);
    for (const [name, [contentType, pkg, file]] of Object.entries(FROM_PACKAGES)) assets.set(name, { contentType, body: packageFile(pkg, file) });
    loaded = assets;
  }
  return loaded.get(name);
}

/** The page: the IDE's files from /graphiql/assets, in the order the bundle needs its globals. */
export const GRAPHIQL_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL — 任免</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">正在载入 GraphiQL…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/start.js"></script>
</body>
</html>
`;

/**
 * Scripts, styles, fonts and requests from this site only (the bundle's fonts and icons are data:
 * URLs, and its editor sets styles inline); nothing may frame the page.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
