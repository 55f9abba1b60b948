import type { ActionResult } from '../action';
import { resultsInError, toActionInput, toLifecycleInput, toResultRow } from '../action';
import { LIFECYCLE_OPERATIONS } from '../operations';
import { RESULT_COLUMNS } from '../results-format';
import { checkWhereCondition, partsByUrlLength, queryUrlBytes, soqlString, whereQuery } from '../soql';
import { parseSoqlStrings } from '../testing/fake-salesforce';

describe('SOQL text', () => {
    it('escapes quotes and backslashes in string literals', () => {
        expect(soqlString("o'brien\\x@uni.edu")).toBe("'o\\'brien\\\\x@uni.edu'");
        expect(parseSoqlStrings(soqlString("o'brien\\x@uni.edu"))).toEqual(["o'brien\\x@uni.edu"]);
    });

    it('builds the --where query', () => {
        expect(whereQuery(" Account.Name = 'Class of 2026' ")).toBe(
            "SELECT Id FROM Contact WHERE Account.Name = 'Class of 2026' ORDER BY Id"
        );
    });

    it.each([
        ['', 'needs a condition'],
        ["Name = 'x'; DELETE", 'may not contain ";"'],
        ["WHERE Name = 'x'", 'leave out the word WHERE'],
        ["Name = 'x' LIMIT 5", 'ORDER BY, LIMIT'],
        ['Name != null ORDER BY Name', 'ORDER BY, LIMIT'],
        ['Name != null ORDER  BY Name', 'ORDER BY, LIMIT'],
        ['Name != null GROUP \t BY Name', 'ORDER BY, LIMIT'],
        ["  where Name = 'x'", 'leave out the word WHERE'],
        ['Name != null FOR  UPDATE', 'ORDER BY, LIMIT'],
        ['Name != null OFFSET 5', 'ORDER BY, LIMIT']
    ])('rejects the condition %j', (condition, message) => {
        expect(checkWhereCondition(condition)).toContain(message);
    });

    it('accepts a condition with keywords inside string literals', () => {
        expect(checkWhereCondition("Account.Name = 'Limit of order by'")).toBeUndefined();
        expect(checkWhereCondition("Account.Name = 'a where b'")).toBeUndefined();
    });

    it('counts the request target of a query: the API path and the encoded SOQL', () => {
        // '/services/data/v65.0/query?q=' is 29 characters, 'SELECT%20Id' 11.
        expect(queryUrlBytes('SELECT Id')).toBe(40);
        expect(queryUrlBytes('SELECT Id', '9.0')).toBe(39);
    });

    describe('parts of a query by URL length', () => {
        const build = (part: readonly string[]): string => `SELECT Id FROM Contact WHERE Email IN (${part.join(',')})`;

        it('splits at the item limit, in order, and gives no part for no items', () => {
            expect(partsByUrlLength(['a', 'b', 'c', 'd', 'e'], build, Number.POSITIVE_INFINITY, 2)).toEqual([
                ['a', 'b'],
                ['c', 'd'],
                ['e']
            ]);
            expect(partsByUrlLength([], build)).toEqual([]);
        });

        it('fills a part up to exactly the byte limit, and gives an item too long alone a part of its own', () => {
            const limit = queryUrlBytes(build(['aa', 'bb']));
            expect(partsByUrlLength(['aa', 'bb', 'cc'], build, limit)).toEqual([['aa', 'bb'], ['cc']]);
            expect(partsByUrlLength(['aa', 'bb', 'cc'], build, limit - 1)).toEqual([['aa'], ['bb'], ['cc']]);
            const long = 'x'.repeat(100);
            expect(partsByUrlLength([long, 'aa'], build, queryUrlBytes(build(['aa'])))).toEqual([[long], ['aa']]);
        });
    });
});

describe('action shapes', () => {
    const row = { row: 2, contactId: '003X', overrides: { timeZoneSidKey: 'Europe/Paris', sendWelcomeEmail: false } };

    it('sends the row values first, then the run defaults, and leaves blanks out', () => {
        expect(
            toActionInput(row, { licenseKey: 'PID_Customer_Community_Plus', timeZoneSidKey: 'America/New_York' }, false)
        ).toStrictEqual({
            contactId: '003X',
            licenseKey: 'PID_Customer_Community_Plus',
            timeZoneSidKey: 'Europe/Paris',
            sendWelcomeEmail: false
        });
        expect(toActionInput({ row: 3, contactId: '003Y', overrides: {} }, {}, true)).toStrictEqual({
            contactId: '003Y',
            validateOnly: true
        });
    });

    it('names the student as the row does, for the server to resolve: Contact Id, else Account Id, else email', () => {
        const email = { row: 4, email: 'ada@uni.example', emailAsWritten: 'Ada@Uni.example', overrides: {} };
        expect(toActionInput(email, {}, false)).toStrictEqual({ email: 'ada@uni.example' });
        expect(toActionInput({ row: 7, overrides: {} }, {}, false)).toStrictEqual({ email: '' });
        expect(
            toActionInput(
                { row: 8, contactId: '003Q', overrides: { profileName: 'Student', username: 'ada@uni.students' } },
                { profileName: 'Other' },
                false
            )
        ).toStrictEqual({ contactId: '003Q', profileName: 'Student', username: 'ada@uni.students' });
        expect(toActionInput({ row: 5, accountId: '001A', overrides: {} }, {}, false)).toEqual({ accountId: '001A' });
        expect(toLifecycleInput('FREEZE', email, true, false)).toEqual({
            action: 'FREEZE',
            email: 'ada@uni.example',
            validateOnly: true,
            confirmDisable: false
        });
        expect(
            toLifecycleInput('FREEZE', { row: 6, contactId: '003Z', accountId: '001B', overrides: {} }, false, false)
        ).toEqual({
            action: 'FREEZE',
            contactId: '003Z',
            validateOnly: false,
            confirmDisable: false
        });
    });

    it('maps outputValues to a results row', () => {
        const result: ActionResult = {
            actionName: 'EnableStudentUsersAction',
            errors: null,
            isSuccess: true,
            outputValues: {
                contactId: '003X',
                status: 'CREATED',
                userId: '005X',
                username: 'ada@uni.edu.students',
                ownerRoleAssigned: true,
                ownerName: 'Integration User',
                ownerRoleName: 'Student Records Owner',
                permissionSetsAssigned: 'A;B',
                errorCode: null,
                siteNames: 'Student Portal',
                loginUrl: 'https://uni.my.site.com/students/login',
                emailDecision: 'SITE_WELCOME',
                emailSite: 'Student Portal'
            }
        };
        const mapped = toResultRow(
            { row: 2, email: 'ada@uni.edu', emailAsWritten: 'Ada@uni.edu', overrides: {} },
            '003X',
            result
        );
        expect(mapped).toEqual({
            row: 2,
            contactId: '003X',
            email: 'Ada@uni.edu',
            status: 'CREATED',
            userId: '005X',
            username: 'ada@uni.edu.students',
            ownerRoleAssigned: true,
            ownerName: 'Integration User',
            ownerRoleName: 'Student Records Owner',
            errorCode: '',
            errorField: '',
            message: '',
            siteNames: 'Student Portal',
            loginUrl: 'https://uni.my.site.com/students/login',
            emailDecision: 'SITE_WELCOME'
        });
        expect(Object.keys(mapped).sort()).toEqual([...RESULT_COLUMNS].sort());
    });

    it('maps per-input errors, missing results and unknown statuses to FAILED rows', () => {
        const failed = toResultRow(row, '003X', {
            actionName: 'EnableStudentUsersAction',
            errors: [{ statusCode: 'UNKNOWN_EXCEPTION', message: 'boom', fields: ['contactId'] }],
            isSuccess: false,
            outputValues: null
        });
        expect([failed.status, failed.errorCode, failed.errorField, failed.message]).toEqual([
            'FAILED',
            'UNKNOWN_EXCEPTION',
            'contactId',
            'boom'
        ]);
        expect(toResultRow(row, '003X', undefined).errorCode).toBe('NO_RESULT');
        const odd = toResultRow(row, '003X', {
            actionName: 'x',
            errors: null,
            isSuccess: true,
            outputValues: { status: 'DONE' }
        });
        expect([odd.status, odd.errorCode]).toEqual(['FAILED', 'UNEXPECTED_RESPONSE']);
    });

    it('says why a row failed when the platform gave no error, no result or a status the action does not have', () => {
        const bare = { row: 7, contactId: '003B', overrides: {} };
        expect(toResultRow(bare, '003B', undefined)).toMatchObject({
            row: 7,
            contactId: '003B',
            email: '',
            status: 'FAILED',
            errorCode: 'NO_RESULT',
            errorField: '',
            message: 'The action returned fewer results than inputs; re-run this row.'
        });
        for (const result of [
            { actionName: 'x', errors: null, isSuccess: false, outputValues: null },
            { actionName: 'x', errors: [], isSuccess: true, outputValues: null }
        ]) {
            expect(toResultRow(bare, '003B', result)).toMatchObject({
                status: 'FAILED',
                errorCode: 'ACTION_ERROR',
                errorField: '',
                message: 'The action failed without a message.'
            });
        }
        expect(
            toResultRow(bare, '003B', {
                actionName: 'x',
                errors: [{ statusCode: 'A', message: 'no field' }],
                isSuccess: false,
                outputValues: null
            })
        ).toMatchObject({ errorCode: 'A', errorField: '', message: 'no field' });
        expect(
            toResultRow(bare, '003B', {
                actionName: 'x',
                errors: [{ statusCode: 'A', message: 'two fields', fields: ['licenseKey', 'profileName'] }],
                isSuccess: false,
                outputValues: null
            }).errorField
        ).toBe('licenseKey;profileName');
        expect(
            toResultRow(bare, '003B', { actionName: 'x', errors: null, isSuccess: true, outputValues: {} })
        ).toMatchObject({
            status: 'FAILED',
            errorCode: 'UNEXPECTED_RESPONSE',
            message: 'The action returned the unknown status "".'
        });
        // FROZEN is a freeze status, not an enable one.
        expect(
            toResultRow(bare, '003B', {
                actionName: 'x',
                errors: null,
                isSuccess: true,
                outputValues: { status: 'FROZEN' }
            }).message
        ).toBe('The action returned the unknown status "FROZEN".');
    });

    it("keeps the service's own FAILED rows, the input's Contact Id when none comes back, and the account role", () => {
        const bare = { row: 8, contactId: '003C', overrides: {} };
        const failed = toResultRow(bare, '003C', {
            actionName: 'EnableStudentUsersAction',
            errors: null,
            isSuccess: true,
            outputValues: {
                status: 'FAILED',
                errorCode: 'NO_PROFILE',
                errorField: 'profileName',
                message: 'No profile.',
                ownerRoleAssigned: null,
                accountRole: 'PLATFORM_CREATES'
            }
        });
        expect(failed).toEqual({
            row: 8,
            contactId: '003C',
            email: '',
            status: 'FAILED',
            userId: '',
            username: '',
            ownerRoleAssigned: false,
            ownerName: '',
            ownerRoleName: '',
            errorCode: 'NO_PROFILE',
            errorField: 'profileName',
            message: 'No profile.',
            siteNames: '',
            loginUrl: '',
            emailDecision: '',
            accountRole: 'PLATFORM_CREATES'
        });
    });

    it('maps a lifecycle result with its action (the one asked for when the platform leaves it out) and fix', () => {
        const freeze = LIFECYCLE_OPERATIONS.find((operation) => operation.command === 'freeze');
        const bare = { row: 9, contactId: '003D', overrides: {} };
        const skipped = toResultRow(
            bare,
            '003D',
            {
                actionName: 'ManageStudentUsersAction',
                errors: null,
                isSuccess: true,
                outputValues: { status: 'SKIPPED', errorCode: 'ALREADY_FROZEN', errorFix: 'Nothing to do.' }
            },
            freeze
        );
        expect(skipped).toEqual({
            row: 9,
            contactId: '003D',
            email: '',
            status: 'SKIPPED',
            action: 'FREEZE',
            errorFix: 'Nothing to do.',
            userId: '',
            username: '',
            ownerRoleAssigned: false,
            ownerName: '',
            ownerRoleName: '',
            errorCode: 'ALREADY_FROZEN',
            errorField: '',
            message: ''
        });
        expect(
            toResultRow(
                bare,
                '003D',
                {
                    actionName: 'ManageStudentUsersAction',
                    errors: null,
                    isSuccess: true,
                    outputValues: { status: 'FROZEN', action: 'FREEZE_ALIAS' }
                },
                freeze
            ).action
        ).toBe('FREEZE_ALIAS');
    });

    it('finds the result array in the message of an HTTP 400 error, and nothing in other shapes', () => {
        const results: ActionResult[] = [{ actionName: 'A', errors: null, isSuccess: false, outputValues: null }];
        expect(resultsInError({ errorCode: 'ERROR_HTTP_400', message: JSON.stringify(results) })).toEqual(results);
        expect(resultsInError({ message: '[]' })).toBeUndefined();
        expect(resultsInError({ data: [] })).toBeUndefined();
        expect(resultsInError({ data: [{ isSuccess: false }] })).toBeUndefined();
        expect(resultsInError({ data: [{ actionName: 'A' }] })).toBeUndefined();
        expect(resultsInError({ data: [null] })).toBeUndefined();
        expect(resultsInError({ data: [...results, 'x'] })).toBeUndefined();
        expect(resultsInError({ data: { message: results }, message: 'not json' })).toBeUndefined();
        expect(resultsInError({ data: null, message: JSON.stringify(results) })).toEqual(results);
        expect(resultsInError({ data: { message: '{}' }, message: JSON.stringify(results) })).toEqual(results);
        expect(resultsInError(null)).toBeUndefined();
    });

    it('recovers per-input results from the errors jsforce makes of an HTTP 400 result array', () => {
        const results: ActionResult[] = [
            {
                actionName: 'EnableStudentUsersAction',
                errors: [{ statusCode: 'X', message: 'm' }],
                isSuccess: false,
                outputValues: null
            }
        ];
        expect(resultsInError({ errorCode: 'MULTIPLE_API_ERRORS', data: results })).toEqual(results);
        expect(
            resultsInError({
                errorCode: 'ERROR_HTTP_400',
                data: { errorCode: 'ERROR_HTTP_400', message: JSON.stringify(results) }
            })
        ).toEqual(results);
        expect(
            resultsInError({
                errorCode: 'INVALID_INPUT',
                data: { errorCode: 'INVALID_INPUT', message: 'bad' },
                message: 'bad'
            })
        ).toBeUndefined();
        expect(resultsInError('text')).toBeUndefined();
    });
});
