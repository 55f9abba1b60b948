// @ts-nocheck
import {
    LIFECYCLE_RESULT_COLUMNS,
    NOT_SENT,
    countRows,
    rowView,
    rowsFromStudents,
    toResultRow
} from '../lifecycleModel';

const LABELS = {
    statusNotChecked: 'Not checked',
    statusReady: 'Ready',
    statusSkipped: 'Nothing to do',
    statusBlocked: 'Blocked',
    statusFailed: 'Failed',
    statusNotSent: 'Not sent',
    notSentMessage: 'Not sent.',
    statusDeactivated: 'Deactivated',
    statusFrozen: 'Frozen',
    statusUnfrozen: 'Unfrozen',
    statusLoginLinkSent: 'Login link sent',
    statusReactivated: 'Reactivated',
    statusDisabled: 'Disabled'
};

const [row] = rowsFromStudents([{ contactId: '003A', name: 'Ada' }]);

describe('lifecycleModel', () => {
    it('rows start unchecked with an empty email when the student has none', () => {
        expect(row).toEqual({
            row: 1,
            contactId: '003A',
            name: 'Ada',
            email: '',
            check: null,
            outcome: null,
            notSent: false
        });
        expect(rowView(row, LABELS)).toMatchObject({ status: 'Not checked', code: '', reason: '', fix: '' });
        expect(toResultRow(row, 'FREEZE', 'x')).toMatchObject({ row: 1, action: 'FREEZE', status: '' });
    });

    it.each([
        ['DEACTIVATED', 'Deactivated'],
        ['FROZEN', 'Frozen'],
        ['UNFROZEN', 'Unfrozen'],
        ['LOGIN_LINK_SENT', 'Login link sent'],
        ['REACTIVATED', 'Reactivated'],
        ['DISABLED', 'Disabled'],
        ['SOMETHING_NEW', 'SOMETHING_NEW']
    ])('labels the done status %s', (status, label) => {
        const done = { ...row, outcome: { contactId: '003A', action: 'X', status } };
        expect(rowView(done, LABELS).status).toBe(label);
    });

    it('counts a not-sent row and writes it as NOT_SENT', () => {
        const notSent = { ...row, check: { contactId: '003A', action: 'FREEZE', status: 'VALID' }, notSent: true };
        expect(countRows([notSent])).toMatchObject({ notSent: 1, ready: 0 });
        expect(toResultRow(notSent, 'FREEZE', 'Not sent.')).toMatchObject({ status: NOT_SENT, message: 'Not sent.' });
        expect(rowView(notSent, LABELS)).toMatchObject({ status: 'Not sent', code: '', reason: 'Not sent.' });
    });

    it('writes the action asked for when a result does not echo one, and every column', () => {
        const checked = { ...row, check: { contactId: '003A', action: '', status: 'VALID' } };
        const line = toResultRow(checked, 'UNFREEZE', '');
        expect(line.action).toBe('UNFREEZE');
        expect(Object.keys(line).sort()).toEqual([...LIFECYCLE_RESULT_COLUMNS].sort());
    });
});
