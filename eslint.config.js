import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Build output, installed packages (the kgx validator's Python venv holds JavaScript too) and releases.
    ignores: [
      'dist/**',
      'node_modules/**',
      'neo4j/target/**',
      'server/web/**',
      'bench/results/**',
      '.venv-kgx/**',
      'releases/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
