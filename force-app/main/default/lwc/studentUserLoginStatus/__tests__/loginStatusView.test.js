import { ACTION_LABELS, confirmationText, resultText, statusView } from '../loginStatusView';

// The real label texts from the Custom Labels.
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

/** @param {string} name a fixture of __tests__/data */
function fixture(name) {
    return JSON.parse(JSON.stringify(require(`./data/${name}.json`)));
}

describe('statusView', () => {
    it('a state the view does not know reads as not known, a missing detail as empty', () => {
        const status = fixture('canLogIn');
        status.lines[0] = { ...status.lines[0], state: 'SOMETHING_NEW', detail: null };
        const [first] = statusView(status, false).lines;
        expect(first).toMatchObject({ stateText: 'Not known', iconName: 'utility:help', iconVariant: '', detail: '' });
    });

    it('a status without lines or name is a contact without a portal user', () => {
        const view = statusView({ ...fixture('canLogIn'), lines: undefined, studentName: null }, false);
        expect(view).toEqual({
            hasUser: false,
            summary: ' has no portal user.',
            canLogIn: false,
            lines: [],
            otherActions: []
        });
    });

    it('without an ACTIVE line no other action is offered', () => {
        const status = fixture('canLogIn');
        status.lines = status.lines.filter((line) => line.key !== 'ACTIVE');
        expect(statusView(status, false).otherActions).toEqual([]);
    });

    it('every action has a button label, DISABLE has none', () => {
        expect(Object.keys(ACTION_LABELS).sort()).toEqual([
            'DEACTIVATE',
            'FREEZE',
            'REACTIVATE',
            'SEND_LOGIN_LINK',
            'UNFREEZE'
        ]);
    });
});

describe('texts', () => {
    it('asks about freezing and deactivating by name', () => {
        expect(confirmationText('FREEZE', 'Ada Lovelace')).toContain('Freeze the user of Ada Lovelace?');
        expect(confirmationText('DEACTIVATE', 'Ada Lovelace')).toContain('Deactivate the user of Ada Lovelace?');
    });

    it('asks before a login link, saying it resets the password (the current one stops working)', () => {
        expect(confirmationText('SEND_LOGIN_LINK', 'Ada Lovelace')).toContain(
            'Send a login link to Ada Lovelace? It resets the password: the current password stops working at once'
        );
    });

    it('an action without a question has none', () => {
        expect(confirmationText('UNFREEZE', 'Ada Lovelace')).toBe('');
    });

    it('a result the view has no text for says the server message, or nothing', () => {
        expect(resultText({ status: 'VALID', message: 'Would be done.' }, 'Ada')).toBe('Would be done.');
        expect(resultText({ status: 'VALID' }, 'Ada')).toBe('');
    });
});
