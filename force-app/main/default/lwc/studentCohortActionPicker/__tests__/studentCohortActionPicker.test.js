import { createElement } from 'lwc';
import StudentCohortActionPicker from 'c/studentCohortActionPicker';

jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const { LABELS } = require('../labels');

const OPTIONS = [
    { value: 'ENABLE', label: 'Enable', description: 'Create or reactivate.' },
    { value: 'DEACTIVATE', label: 'Deactivate', description: 'Frees the licences.' },
    { value: 'DISABLE', label: 'Disable (permanent)', description: 'For good.' }
];

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

async function render(props) {
    const element = createElement('c-student-cohort-action-picker', { is: StudentCohortActionPicker });
    Object.assign(element, { options: OPTIONS, value: 'ENABLE', ...props });
    const changes = [];
    element.addEventListener('change', (event) => changes.push(event.detail));
    document.body.appendChild(element);
    await flushPromises();
    return { element, changes };
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-student-cohort-action-picker', () => {
    it('offers the page options in one labelled radio group with the chosen action described', async () => {
        const { element } = await render({});
        const group = $(element, 'lightning-radio-group');
        expect(group.label).toBe(LABELS.legend);
        expect(group.options).toEqual(OPTIONS.map(({ value, label }) => ({ value, label })));
        expect(group.value).toBe('ENABLE');
        expect($(element, '.action-description').textContent).toBe('Create or reactivate.');
        expect($(element, '.disable-warning')).toBeNull();
    });

    it('tells the page the chosen action and its label, clearing the confirmation', async () => {
        const { element, changes } = await render({ confirmDisable: true });
        $(element, 'lightning-radio-group').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'DEACTIVATE' } })
        );
        expect(changes).toEqual([{ action: 'DEACTIVATE', label: 'Deactivate', confirmDisable: false }]);
    });

    it('shows the permanent warning and the confirmation with Disable, and reports the tick', async () => {
        const { element, changes } = await render({ value: 'DISABLE' });
        expect($(element, '.disable-warning').textContent.trim()).toBe(LABELS.disableWarning);
        const confirm = $(element, 'lightning-input.confirm-disable');
        expect(confirm.label).toBe(LABELS.confirmDisable);
        expect(confirm.checked).toBe(false);
        confirm.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        expect(changes).toEqual([{ action: 'DISABLE', label: 'Disable (permanent)', confirmDisable: true }]);
    });

    it('disables its controls while the page is busy, and copes with an unknown value', async () => {
        const { element, changes } = await render({ value: 'DISABLE', disabled: true });
        expect($(element, 'lightning-radio-group').disabled).toBe(true);
        expect($(element, 'lightning-input.confirm-disable').disabled).toBe(true);
        element.value = 'SOMETHING';
        await flushPromises();
        expect($(element, '.action-description').textContent).toBe('');
        $(element, 'lightning-radio-group').dispatchEvent(new CustomEvent('change', { detail: { value: 'OTHER' } }));
        expect(changes).toEqual([{ action: 'OTHER', label: 'OTHER', confirmDisable: false }]);
    });
});
