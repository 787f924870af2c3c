// Bundles the browser code (the explorer page and GraphiQL) into dist/web with esbuild: no CDN at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../dist/web/', import.meta.url).pathname;
mkdirSync(out + 'assets', { recursive: true });
await build({
  entryPoints: { graphiql: 'server/web/graphiql.js', explorer: 'server/web/explorer.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir: out + 'assets',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file' },
  logLevel: 'warning',
});
copyFileSync('server/web/graphiql.html', out + 'graphiql.html');
copyFileSync('server/web/explorer.html', out + 'explorer.html');
copyFileSync('server/web/explorer.css', out + 'assets/explorer.css');
console.log('web: bundled into dist/web');
