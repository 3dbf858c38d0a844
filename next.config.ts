import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  // The build renders into a folder of its own (scripts/build.mjs), never into the site being served:
  // with output: 'export', a distDir other than .next is where the export goes (build files stay in .next).
  ...(process.env.RENDER_DIR ? { distDir: process.env.RENDER_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Takumi (lib/metadata/draw-card.ts) loads a native binary for the platform: required at run time,
  // not bundled.
  serverExternalPackages: ['@takumi-rs/core'],
  reactStrictMode: true,
  // `npm run typecheck` (in `npm test`) checks the code; the build checks the content. A build reruns
  // no type check of its own, which an article can never fail (seconds per build, whatever its size).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next renders pages in cpus workers and, by default, leaves one core to its main process, which
    // only waits while they render: on a 2-core machine that is one worker and half the machine idle.
    // One worker per core (BENCHMARKS.md: 1,000 articles, static generation 45 s → see the bench).
    cpus: availableParallelism(),
  },
};

export default nextConfig;
