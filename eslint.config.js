import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Writing HTML from strings is how page content would turn into script: forbidden
// everywhere, so a hostile name or note can only ever be text.
const noHtmlFromStrings = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Do not write HTML from strings: use textContent or React.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'Do not write HTML from strings: use textContent or React.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Do not write HTML from strings.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Do not write HTML from strings.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'Do not write HTML from strings.',
  },
];

export default tseslint.config(
  { ignores: ['.output', '.wxt', 'node_modules', 'bench-results', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...noHtmlFromStrings],
      // Full zod adds some 60 KB to the service worker and every page, which all load their
      // schemas at start: one import of it anywhere would bring it back.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import from 'zod/mini'." }] },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-syntax': ['error', ...noHtmlFromStrings] },
  },
);
