// @ts-check
// The build-time chart of BENCHMARKS.md: clean builds and rebuilds after one change, against archive size.

/** @typedef {{ count: number, clean: number, rebuild?: number, peakMiB: number }} ScalePoint */

/** @param {ScalePoint[]} points seconds and MiB */
export function buildTimeChart(points) {
  const w = 640,
    h = 360,
    left = 60,
    bottom = 40,
    top = 20,
    right = 20;
  const maxX = Math.max(...points.map((p) => p.count));
  const maxY = Math.max(...points.map((p) => p.clean)) * 1.15;
  const x = (/** @type {number} */ v) => left + (v / maxX) * (w - left - right);
  const y = (/** @type {number} */ v) => h - bottom - (v / maxY) * (h - top - bottom);
  const series = (
    /** @type {'clean' | 'rebuild'} */ key,
    /** @type {string} */ colour,
    /** @type {(point: ScalePoint) => string} */ label,
  ) => {
    const measured = points.filter((p) => p[key] !== undefined);
    const line = measured
      .map((p, i) => `${i ? 'L' : 'M'}${x(p.count).toFixed(1)},${y(p[key] ?? 0).toFixed(1)}`)
      .join(' ');
    const dots = measured
      .map(
        (p) =>
          `<circle cx="${x(p.count).toFixed(1)}" cy="${y(p[key] ?? 0).toFixed(1)}" r="4"/><text x="${(x(p.count) - 6).toFixed(1)}" y="${(y(p[key] ?? 0) - 10).toFixed(1)}" text-anchor="end">${label(p)}</text>`,
      )
      .join('');
    return `<path d="${line}" fill="none" stroke="${colour}" stroke-width="2"/><g fill="${colour}">${dots}</g>`;
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="12" role="img" aria-label="Build time against article count: clean builds and rebuilds after one change">
<rect width="${w}" height="${h}" fill="#fff"/>
<line x1="${left}" y1="${h - bottom}" x2="${w - right}" y2="${h - bottom}" stroke="#000"/><line x1="${left}" y1="${top}" x2="${left}" y2="${h - bottom}" stroke="#000"/>
<text x="${w / 2}" y="${h - 8}" text-anchor="middle">articles</text><text x="14" y="${h / 2}" transform="rotate(-90 14 ${h / 2})" text-anchor="middle">build time (s)</text>
${points.map((p) => `<text x="${x(p.count).toFixed(1)}" y="${h - bottom + 16}" text-anchor="middle">${p.count}</text>`).join('')}
${series('clean', '#7a1f1f', (p) => `${p.clean.toFixed(0)} s, ${p.peakMiB} MiB`)}
${series('rebuild', '#1f4f7a', (p) => `${(p.rebuild ?? 0).toFixed(0)} s`)}
<g font-size="12"><rect x="${left + 12}" y="${top + 4}" width="12" height="3" fill="#7a1f1f"/><text x="${left + 30}" y="${top + 10}">clean build (peak memory of all processes)</text>
<rect x="${left + 12}" y="${top + 22}" width="12" height="3" fill="#1f4f7a"/><text x="${left + 30}" y="${top + 28}">rebuild after one article changed</text></g>
</svg>
`;
}
