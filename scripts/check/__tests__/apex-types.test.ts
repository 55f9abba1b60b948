import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkApexTypes, compareDeclarations, readDeclaredApexMethods } from '../checks/apex-types';
import type { ApexMethod } from '../lwc/apex-methods';
import type { ApexClassIndex } from '../lwc/contract';
import { describeWithApexParser, SLOW } from './fixtures';

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

const DECLARATIONS = `
declare module '@salesforce/apex/Ctl.getThing' {
    import type { WireAdapterConstructor } from 'lwc';
    export interface GetThingParams { thingId: string }
    const getThing: ((params: GetThingParams) => Promise<string>) & { adapter: WireAdapterConstructor<GetThingParams, unknown> };
    export default getThing;
}
declare module '@salesforce/apex/Ctl.save' {
    const save: (params: { record: unknown; mode: string }) => Promise<void>;
    export default save;
}
declare module '@salesforce/apex/Ctl.gone' {
    const gone: () => Promise<void>;
    export default gone;
}
`;

const method = (name: string, parameters: string[], cacheable = false, auraEnabled = true): ApexMethod => ({
    name,
    isStatic: true,
    auraEnabled,
    cacheable,
    parameters,
    line: 1
});

function index(...methods: ApexMethod[]): ApexClassIndex {
    return new Map([['ctl', { name: 'Ctl', methods: new Map(methods.map((m) => [m.name.toLowerCase(), [m]])) }]]);
}

describe('apex-types', () => {
    it('reads each declared method with its parameter names (inline or an interface) and its wire adapter', () => {
        expect(readDeclaredApexMethods('t.d.ts', DECLARATIONS)).toEqual([
            { className: 'Ctl', method: 'getThing', parameters: ['thingId'], wire: true, line: 2 },
            { className: 'Ctl', method: 'save', parameters: ['record', 'mode'], wire: false, line: 8 },
            { className: 'Ctl', method: 'gone', parameters: [], wire: false, line: 12 }
        ]);
    });

    it('passes declarations equal to the Apex', () => {
        const declared = readDeclaredApexMethods('t.d.ts', DECLARATIONS).slice(0, 2);
        expect(
            compareDeclarations(
                't.d.ts',
                declared,
                index(method('getThing', ['thingId'], true), method('save', ['Mode', 'record']))
            )
        ).toEqual([]);
    });

    it('reports a removed method, other parameters, a wrong wire adapter and an undeclared @AuraEnabled method', () => {
        const declared = readDeclaredApexMethods('t.d.ts', DECLARATIONS);
        const classes = index(
            method('getThing', ['thingId']),
            method('save', ['record']),
            method('added', []),
            method('helper', [], false, false)
        );
        expect(compareDeclarations('t.d.ts', declared, classes).map((f) => `${f.line} ${f.message}`)).toEqual([
            '2 Ctl.getThing is declared with a wire adapter, but Apex does not mark it cacheable=true',
            '8 Ctl.save declares the parameters (record, mode), Apex has (record)',
            '12 Ctl.gone is declared, but Apex has no static @AuraEnabled method of that name',
            '1 Ctl.added is @AuraEnabled in Apex but not declared here'
        ]);
    });
});

describeWithApexParser('apex-types on the project', () => {
    it(
        'reads the controllers declared in types/ and finds them equal to the Apex',
        async () => {
            const text = readFileSync(join(PROJECT_ROOT, 'types', 'apex-student-cohort-controller.d.ts'), 'utf8');
            expect(readDeclaredApexMethods('c.d.ts', text).length).toBeGreaterThanOrEqual(9);
            expect(await checkApexTypes(PROJECT_ROOT)).toEqual([]);
        },
        SLOW
    );
});
