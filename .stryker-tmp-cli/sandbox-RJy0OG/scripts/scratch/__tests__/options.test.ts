// @ts-nocheck
import {
    HelpRequested,
    parseDeleteOptions,
    parseDeployOptions,
    parseScratchOptions,
    parseTestApexOptions,
    UsageError
} from '../options';

describe('parseScratchOptions', () => {
    it('has defaults', () => {
        expect(parseScratchOptions([])).toEqual({
            alias: 'spu-scratch',
            durationDays: 7,
            definitionFile: 'config/project-scratch-def.json',
            open: true
        });
    });

    it('takes overrides', () => {
        expect(
            parseScratchOptions([
                '--alias',
                'pa',
                '--duration-days',
                '1',
                '--definition-file',
                'config/project-scratch-def.person-accounts.json',
                '--target-dev-hub',
                'hub',
                '--no-open'
            ])
        ).toEqual({
            alias: 'pa',
            durationDays: 1,
            definitionFile: 'config/project-scratch-def.person-accounts.json',
            targetDevHub: 'hub',
            open: false
        });
        expect(parseScratchOptions(['-o', 'existing']).targetOrg).toBe('existing');
    });

    it('takes a shape and uses its definition file', () => {
        expect(parseScratchOptions(['--shape', 'person-accounts'])).toEqual({
            alias: 'spu-scratch',
            durationDays: 7,
            definitionFile: 'config/project-scratch-def.person-accounts.json',
            shape: 'person-accounts',
            open: true
        });
        expect(parseScratchOptions(['-s', 'administrative-accounts']).definitionFile).toBe(
            'config/project-scratch-def.json'
        );
    });

    it('rejects an unknown shape, and a shape together with a definition file', () => {
        expect(() => parseScratchOptions(['--shape', 'person'])).toThrow(
            '--shape must be one of administrative-accounts, person-accounts, got "person".'
        );
        expect(() =>
            parseScratchOptions(['--shape', 'person-accounts', '--definition-file', 'config/project-scratch-def.json'])
        ).toThrow(
            'give --shape or --definition-file, not both (--shape person-accounts is config/project-scratch-def.person-accounts.json)'
        );
    });

    it.each([['0'], ['31'], ['two'], ['1.5']])('rejects --duration-days %s with the allowed range', (value) => {
        expect(() => parseScratchOptions(['--duration-days', value])).toThrow(
            `--duration-days must be a whole number from 1 to 30, got "${value}".`
        );
    });

    it('rejects unknown options and a blank alias', () => {
        expect(() => parseScratchOptions(['--nope'])).toThrow(UsageError);
        expect(() => parseScratchOptions(['--alias', ' '])).toThrow('--alias must not be blank.');
    });

    it('turns --help into HelpRequested with the usage text', () => {
        try {
            parseScratchOptions(['--help']);
            throw new Error('expected HelpRequested');
        } catch (error) {
            expect(error).toBeInstanceOf(HelpRequested);
            expect((error as HelpRequested).output).toContain('--duration-days <days>');
        }
    });
});

describe('the other commands', () => {
    it('deploy requires --target-org', () => {
        expect(() => parseDeployOptions([])).toThrow("required option '-o, --target-org <alias>' not specified");
        expect(parseDeployOptions(['--target-org', 'x'])).toEqual({ targetOrg: 'x' });
    });

    it('scratch:delete defaults to the scratch alias', () => {
        expect(parseDeleteOptions([])).toEqual({ targetOrg: 'spu-scratch' });
    });

    it('test:apex has the gate defaults and parses --exclude', () => {
        expect(parseTestApexOptions(['-o', 'x'])).toEqual({
            targetOrg: 'x',
            outputDir: 'reports/apex',
            minCoverage: 90,
            waitMinutes: 60,
            exclude: []
        });
        expect(parseTestApexOptions(['-o', 'x', '--exclude', 'A, B', '--min-coverage', '85']).exclude).toEqual([
            'A',
            'B'
        ]);
        expect(() => parseTestApexOptions(['-o', 'x', '--min-coverage', '101'])).toThrow(
            '--min-coverage must be a whole number from 0 to 100, got "101".'
        );
    });
});
