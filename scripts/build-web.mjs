// Bundles the browser code (GraphiQL now; the explorer later) into dist/web with esbuild.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../dist/web/', import.meta.url).pathname;
mkdirSync(out + 'assets', { recursive: true });
await build({
  entryPoints: { graphiql: 'server/web/graphiql.js' },
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
console.log('web: bundled into dist/web');
