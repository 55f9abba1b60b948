import { join } from 'node:path';
import { errorCodesCheck } from '../checks/error-codes';
import { fixture } from './fixtures';

const CODES = 'force-app/main/default/classes/StudentUserErrorCodes.cls';
const MESSAGES = 'force-app/main/default/classes/StudentUserMessages.cls';

describe('error-codes', () => {
    it('reports every way the codes, the code table, the labels it names and both tables of docs/api.md drift apart', async () => {
        const findings = await errorCodesCheck.run(fixture('error-codes/broken'));
        expect(findings.map((finding) => `${finding.file}:${finding.line} ${finding.message}`)).toEqual([
            "docs/api.md:9 NO_ACCOUNT: the field column of '## Error codes' says '–' but StudentUserMessages.cls gives `contactId`",
            "docs/api.md:9 the '## Error codes' table documents NO_ACCOUNT, which StudentUserErrorCodes.ALL does not have",
            "docs/api.md:10 the '## Error codes' table documents RETIRED, which StudentUserErrorCodes.ALL does not have",
            "docs/api.md:18 NO_EMAIL/LIFECYCLE: the field column of '### Lifecycle error codes' says '`contactId`' but " +
                'StudentUserMessages.cls gives no field (write –)',
            "docs/api.md:20 the '### Lifecycle error codes' table documents UNHEARD, which StudentUserErrorCodes.ALL does not have",
            `${CODES}:5 code NO_ACCOUNT is missing from ALL`,
            `${CODES}:7 code INVALID_ID has no row in the StudentUserMessages.cls table (message and fix label names)`,
            `${CODES}:9 code NICKNAME_TAKEN is in neither the '## Error codes' nor the '### Lifecycle error codes' table of docs/api.md`,
            `${CODES}:13 ALL names 'GHOST', which is no String constant of the class`,
            `${MESSAGES}:6 row NO_EMAIL/VARIANT names the Custom Label SPU_Service_No_Email_Variant, which no labels file under force-app defines`,
            `${MESSAGES}:7 row NO_ACCOUNT has code NO_ACCOUNT, which is not in StudentUserErrorCodes.ALL`,
            `${MESSAGES}:8 row NICKNAME_TAKEN names the Custom Label SPU_Service_Nickname_Taken_Fix, which no labels file under force-app defines`,
            `${MESSAGES}:9 table row 'odd                 | x y               | not a label' ` +
                "is not 'KIND or CODE/VARIANT | field or - | MESSAGE_LABEL | FIX_LABEL'"
        ]);
        expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(['error-codes']));
    });

    it('says so when the code table is not a ROWS list of strings', async () => {
        const findings = await errorCodesCheck.run(fixture('error-codes/no-table'));
        expect(findings.map((finding) => `${finding.file}:${finding.line} ${finding.message}`)).toContain(
            `${MESSAGES}:1 no \`List<String> ROWS = new List<String>{...}\` table`
        );
    });

    it('says what it cannot find instead of passing an empty project', async () => {
        const findings = await errorCodesCheck.run(fixture('error-codes/missing'));
        expect(findings.map((finding) => finding.message)).toEqual([
            'cannot check the error contract: StudentUserErrorCodes.cls, StudentUserMessages.cls, docs/api.md not found'
        ]);
    });

    it('passes the project itself: every code has its row, its labels and its documented row', async () => {
        expect(await errorCodesCheck.run(join(__dirname, '..', '..', '..'))).toEqual([]);
    });
});
