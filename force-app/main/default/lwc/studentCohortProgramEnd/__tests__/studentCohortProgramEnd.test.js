import { createElement } from 'lwc';
import StudentCohortProgramEnd, { isoDate } from 'c/studentCohortProgramEnd';
import findStudentsWhoseProgramEnded from '@salesforce/apex/StudentCohortController.findStudentsWhoseProgramEnded';

jest.mock('@salesforce/apex/StudentCohortController.findStudentsWhoseProgramEnded', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const { LABELS } = require('../labels');

/** @param {string} name a fixture of __tests__/data */
function fixture(name) {
    return JSON.parse(JSON.stringify(require(`./data/${name}.json`)));
}

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const text = (element, selector) => ($(element, selector)?.textContent ?? '').trim();

async function render() {
    const element = createElement('c-student-cohort-program-end', { is: StudentCohortProgramEnd });
    const found = [];
    element.addEventListener('studentsfound', (event) => found.push(event.detail));
    document.body.appendChild(element);
    await flushPromises();
    return { element, found };
}

async function search(element, date = '2026-06-30') {
    $(element, 'lightning-input.ended-on').dispatchEvent(new CustomEvent('change', { detail: { value: date } }));
    await flushPromises();
    $(element, 'lightning-button.program-end-button').click();
    await flushPromises();
    await flushPromises();
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
});

describe('c-student-cohort-program-end', () => {
    it('starts at today in a labelled, grouped date input', async () => {
        const { element } = await render();
        expect(text(element, 'legend')).toBe(LABELS.heading);
        const input = $(element, 'lightning-input.ended-on');
        expect(input.label).toBe(LABELS.dateLabel);
        expect(input.value).toBe(isoDate(new Date()));
        expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
    });

    it('selects the students whose program ended on or before the date', async () => {
        findStudentsWhoseProgramEnded.mockResolvedValue(fixture('programEndFound'));
        const { element, found } = await render();
        await search(element);
        expect(findStudentsWhoseProgramEnded).toHaveBeenCalledWith({ endedOnOrBefore: '2026-06-30' });
        expect(found).toEqual([{ contactIds: fixture('programEndFound').contactIds }]);
        expect(text(element, '.program-end-status')).toBe(
            '3 students whose program ended on or before 2026-06-30 (LearnerProgram).'
        );
        expect($(element, '.program-end-problem')).toBeNull();
    });

    it('says when only the first 2,000 were selected', async () => {
        findStudentsWhoseProgramEnded.mockResolvedValue({ ...fixture('programEndFound'), truncated: true });
        const { element } = await render();
        await search(element);
        expect(text(element, '.program-end-status')).toContain(LABELS.truncated);
    });

    it('says when nobody matches, and selects nobody', async () => {
        findStudentsWhoseProgramEnded.mockResolvedValue({ ...fixture('programEndFound'), contactIds: [] });
        const { element, found } = await render();
        await search(element, '2020-01-31');
        expect(found).toEqual([]);
        expect(text(element, '.program-end-status')).toBe("No student's program ended on or before 2020-01-31.");
    });

    it.each(['programEndNoData', 'programEndNotReadable'])('shows the server message of %s', async (name) => {
        findStudentsWhoseProgramEnded.mockResolvedValue(fixture(name));
        const { element, found } = await render();
        await search(element);
        expect(found).toEqual([]);
        expect(text(element, '.program-end-problem')).toBe(fixture(name).message);
        expect($(element, '.program-end-problem').getAttribute('role')).toBe('alert');
    });

    it('falls back to the code without a message, and shows a failed call', async () => {
        findStudentsWhoseProgramEnded.mockResolvedValueOnce({ contactIds: [], code: 'NO_PROGRAM_DATA' });
        const { element } = await render();
        await search(element);
        expect(text(element, '.program-end-problem')).toBe('NO_PROGRAM_DATA');
        findStudentsWhoseProgramEnded.mockRejectedValueOnce({});
        await search(element);
        expect(text(element, '.program-end-problem')).toBe(LABELS.unknownError);
        findStudentsWhoseProgramEnded.mockResolvedValueOnce({ code: null, objectName: null });
        await search(element);
        expect(text(element, '.program-end-status')).toBe("No student's program ended on or before 2026-06-30.");
    });

    it('cannot search without a date or while the page is busy', async () => {
        const { element } = await render();
        $(element, 'lightning-input.ended-on').dispatchEvent(new CustomEvent('change', { detail: {} }));
        await flushPromises();
        expect($(element, 'lightning-button.program-end-button').disabled).toBe(true);
        element.disabled = true;
        await flushPromises();
        expect($(element, 'lightning-input.ended-on').disabled).toBe(true);
    });
});
