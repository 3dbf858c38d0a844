import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Next's recommended rules (core web vitals, TypeScript, jsx-a11y); every rule an error, never a warning. */
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.site-build/**',
      'out/**',
      'out-fixtures/**',
      'out-*/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-artifacts/**',
      '.cache/**',
      'public/images/**',
      'public/qr/**',
      'out-photos/**',
      '.venv-thumbor/**',
      // A site being assembled beside the published one, or set aside (scripts/build.mjs).
      '.*.next/**',
      '.*.previous/**',
      '.*.trash/**',
    ],
  },
];

export default config;
