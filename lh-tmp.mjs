import { lighthouseMedian } from './scripts/bench/measure.mjs';
import { listen } from './scripts/site-server.mjs';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
mkdirSync('out/bare', { recursive: true }); writeFileSync('out/bare/index.html', readFileSync('/tmp/bare.html', 'utf8'));
const { server, origin } = await listen('out', 0);
for (const v of ['bare', 'v-a', 'v-e', 'v-f', 'bare']) {
  const r = await lighthouseMedian(`${origin}/${v}/`);
  console.log(v, r.lcpMs, r.requests, r.scores);
}
server.close();
