const { defineConfig, globalIgnores } = require('eslint/config');
const eslintJs = require('@eslint/js');
const jestPlugin = require('eslint-plugin-jest');
const lwcConfig = require('@salesforce/eslint-config-lwc/recommended');
const globals = require('globals');
const tseslint = require('typescript-eslint');

module.exports = defineConfig([
    globalIgnores([
        'node_modules/**',
        'coverage/**',
        'dist/**',
        'preview/dist/**',
        'reports/**',
        '.sfdx/**',
        '.sf/**',
        'fixtures/**',
        '.stryker-tmp/**'
    ]),
    // Lightning Web Components
    { files: ['force-app/**/lwc/**/*.js'], extends: [lwcConfig] },
    {
        files: ['force-app/**/lwc/**/__tests__/**/*.js'],
        extends: [lwcConfig],
        rules: { '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off' },
        languageOptions: { globals: { ...globals.node, ...jestPlugin.environments.globals.globals } }
    },
    // Browser stand-ins for the preview and Jest mocks: plain ES modules
    {
        files: ['jest/mocks/**/*.js', 'preview/**/*.js'],
        languageOptions: {
            sourceType: 'module',
            ecmaVersion: 'latest',
            globals: { ...globals.browser, ...globals.node, ...jestPlugin.environments.globals.globals }
        },
        extends: [eslintJs.configs.recommended]
    },
    // TypeScript tools, type-aware. Through the one tsconfig.json (every file linted here is in it) rather than the
    // project service: "parserOptions.project with single-run inference outperforms parserOptions.projectService"
    // (typescript-eslint/performance, README); measured here, a cold `eslint .` took 28 CPU-s instead of 33 (#23).
    {
        files: ['scripts/**/*.ts', 'preview/**/*.ts'],
        extends: [eslintJs.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            globals: { ...globals.node },
            parserOptions: { project: './tsconfig.json', tsconfigRootDir: __dirname }
        }
    },
    {
        files: ['*.config.js', '*.config.cjs', 'eslint.config.js', 'jest.config.js'],
        languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
        extends: [eslintJs.configs.recommended]
    }
]);
