import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import {
    checkLwcApexContract,
    indexApexClasses,
    listComponentModules,
    lwcApexContractCheck
} from '../checks/lwc-apex-contract';
import { parseApex } from '../lib/apex-parser';
import { readClassMethods } from '../lwc/apex-methods';
import { checkContract } from '../lwc/contract';
import { readLwcApexUsage } from '../lwc/lwc-apex-usage';
import { describeWithApexParser, fixture, SLOW } from './fixtures';

const MODULE = 'force-app/main/default/lwc/contactList/contactList.js';
const RULE = 'lwc-apex-contract';

describeWithApexParser('lwc-apex-contract on the broken fixture', () => {
    it(
        'reports dangling imports, @wire without cacheable and wrong argument names at the import or the use',
        async () => {
            const findings = await lwcApexContractCheck.run(fixture('lwc-dangling-import'));
            const at = (line: number, column: number, message: string) => ({
                file: MODULE,
                line,
                column,
                message,
                rule: RULE
            });
            expect(findings).toEqual([
                at(
                    4,
                    1,
                    "'@salesforce/apex/NoSuchController.getThings': no Apex class 'NoSuchController' in force-app"
                ),
                at(
                    5,
                    1,
                    "'@salesforce/apex/ContactListController.archiveContacts': class ContactListController has no method 'archiveContacts'"
                ),
                at(
                    6,
                    1,
                    "'@salesforce/apex/ContactListController.countContacts': ContactListController.countContacts is not @AuraEnabled"
                ),
                at(
                    7,
                    1,
                    "'@salesforce/apex/ContactListController.greeting': ContactListController.greeting is not static"
                ),
                at(
                    12,
                    5,
                    "@wire config of ContactListController.getContacts passes 'acountId', which is not one of its parameters (accountId)"
                ),
                at(12, 5, "@wire config of ContactListController.getContacts does not pass its parameter 'accountId'"),
                at(
                    15,
                    5,
                    'ContactListController.renameContact is used with @wire but is not @AuraEnabled(cacheable=true)'
                ),
                at(
                    19,
                    15,
                    "call of ContactListController.renameContact passes 'lastname', which is not one of its parameters (contactId, lastName)"
                ),
                at(19, 15, "call of ContactListController.renameContact does not pass its parameter 'lastName'")
            ]);
        },
        SLOW
    );

    it(
        'passes a project whose components use their Apex correctly (tests under __tests__ are not read)',
        async () => {
            expect(await lwcApexContractCheck.run(fixture('clean'))).toEqual([]);
        },
        SLOW
    );
});

describeWithApexParser('lwc-apex-contract: what it reads of a project', () => {
    let root: string;
    const write = (path: string, text: string): void => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    };
    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'lwc-apex-contract-'));
        const imports = "import go from '@salesforce/apex/Ctl.go';\nimport draw from '@salesforce/apex/Shape.draw';\n";
        write('force-app/main/default/lwc/panel/panel.js', `${imports}go({ wrong: 1 });\n`);
        write('force-app/main/default/lwc/panel/panel.html', '<template></template>');
        write('force-app/main/default/lwc/panel/__tests__/panel.test.js', `${imports}go({ alsoWrong: 1 });\n`);
        write('force-app/main/default/aura/old/oldController.js', `${imports}go({ wrong: 2 });\n`);
        write('other/lwc/outside/outside.js', `${imports}go({ wrong: 3 });\n`);
        write('force-app/main/default/classes/Ctl.cls', 'public class Ctl { @AuraEnabled public static void go() {} }');
        // An interface declares no methods an LWC can import: it is left out of the index.
        write('force-app/main/default/classes/Shape.cls', 'public interface Shape { void draw(); }');
        write('classes/Outside.cls', 'public class Outside { @AuraEnabled public static void go() {} }');
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it(
        'reads component JavaScript under lwc folders of force-app (not tests, markup, Aura) and the classes of force-app',
        async () => {
            expect(listComponentModules(root).map((file) => relative(root, file))).toEqual([
                join('force-app', 'main', 'default', 'lwc', 'panel', 'panel.js')
            ]);
            expect([...(await indexApexClasses(root, { cacheDir: false })).keys()]).toEqual(['ctl']);
            expect(
                (await checkLwcApexContract(root, { cacheDir: false })).map(
                    ({ file, line, message }) => `${file}:${line} ${message}`
                )
            ).toEqual([
                "force-app/main/default/lwc/panel/panel.js:2 '@salesforce/apex/Shape.draw': no Apex class 'Shape' in force-app",
                "force-app/main/default/lwc/panel/panel.js:3 call of Ctl.go passes 'wrong', which is not one of its parameters (none)"
            ]);
        },
        SLOW
    );
});

describeWithApexParser('reading the two sides', () => {
    it('reads imports, @wire configs and imperative calls from component JavaScript', () => {
        const usage = readLwcApexUsage(
            'x.js',
            [
                "import getA from '@salesforce/apex/Ctl.getA';",
                "import doB from '@salesforce/apex/Ctl.doB';",
                "import managed from '@salesforce/apex/ns.Ctl.getC';",
                "import { refreshApex } from '@salesforce/apex';",
                "import greeting from '@salesforce/label/c.Greeting';",
                "import '@salesforce/apex/Ctl.sideEffect';",
                "import { named } from '@salesforce/apex/Ctl.named';",
                "import { getRecord } from 'lightning/uiRecordApi';",
                'export default class X {',
                "    @wire(getA, { id: '$recordId', 'name': 'n' }) a;",
                '    go(p) { doB(p); doB({ ...p, extra: 1 }); return doB(); }',
                "    @wire(getRecord, { recordId: '$recordId' }) record;",
                '    @track(getA, { id: 1 }) notWired;',
                '    @wire(helper.getA) alsoNotWired;',
                '    more(k) { helper(getA); doB({ [k]: 1, 2: two, id }); }',
                '}'
            ].join('\n')
        );
        expect(
            usage.imports.map((entry) => `${entry.local}=${entry.className}.${entry.methodName}@${entry.line}`)
        ).toEqual(['getA=Ctl.getA@1', 'doB=Ctl.doB@2']);
        expect(
            usage.usages.map(({ kind, argumentNames, partial, line }) => ({ kind, argumentNames, partial, line }))
        ).toEqual([
            { kind: 'wire', argumentNames: ['id', 'name'], partial: false, line: 10 },
            { kind: 'call', argumentNames: undefined, partial: false, line: 11 },
            { kind: 'call', argumentNames: ['extra'], partial: true, line: 11 },
            { kind: 'call', argumentNames: [], partial: false, line: 11 },
            // A computed name cannot be read; a numeric one and a shorthand can.
            { kind: 'call', argumentNames: ['2', 'id'], partial: true, line: 15 }
        ]);
    });

    it(
        'reads static, @AuraEnabled and cacheable from the Apex parse tree',
        () => {
            const unit = parseApex(
                [
                    'public with sharing class Ctl {',
                    "    @AuraEnabled(Cacheable=TRUE scope='global') public static String getA(Id recordId, String name) { return null; }",
                    '    @AuraEnabled(cacheable=false) public static void doB(Map<String, Object> payload) {}',
                    '    @AuraEnabled public Integer notStatic() { return 1; }',
                    '    public class Inner { @AuraEnabled public static void hidden() {} }',
                    '    public Integer count;',
                    '    public static void plain() {}',
                    '    @TestVisible @AuraEnabled(continuation=true) public static Object later() { return null; }',
                    '}'
                ].join('\n')
            ).unit;
            const apexClass = readClassMethods(unit);
            expect(apexClass?.name).toBe('Ctl');
            expect([...(apexClass?.methods.values() ?? [])].flat()).toEqual([
                {
                    name: 'getA',
                    isStatic: true,
                    auraEnabled: true,
                    cacheable: true,
                    parameters: ['recordId', 'name'],
                    line: 2
                },
                { name: 'doB', isStatic: true, auraEnabled: true, cacheable: false, parameters: ['payload'], line: 3 },
                { name: 'notStatic', isStatic: false, auraEnabled: true, cacheable: false, parameters: [], line: 4 },
                { name: 'plain', isStatic: true, auraEnabled: false, cacheable: false, parameters: [], line: 7 },
                { name: 'later', isStatic: true, auraEnabled: true, cacheable: false, parameters: [], line: 8 }
            ]);
            // Only a class declares methods an LWC can import.
            expect(readClassMethods(parseApex('public interface I { String m(); }').unit)).toBeUndefined();
            expect(readClassMethods(parseApex('trigger T on Contact (before insert) {}').unit)).toBeUndefined();
        },
        SLOW
    );
});

describe('the contract', () => {
    it('resolves an overloaded name to its @AuraEnabled overload', () => {
        const method = (auraEnabled: boolean) => ({
            name: 'get',
            isStatic: true,
            auraEnabled,
            cacheable: true,
            parameters: [],
            line: 1
        });
        const classes = new Map([['ctl', { name: 'Ctl', methods: new Map([['get', [method(false), method(true)]]]) }]]);
        const usage = readLwcApexUsage(
            'x.js',
            "import get from '@salesforce/apex/Ctl.get';\nexport default class X { @wire(get) a; }"
        );
        expect(checkContract(usage, classes)).toEqual([]);
    });
});
