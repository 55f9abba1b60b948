// @ts-nocheck
import { createElement } from 'lwc';
import StudentUserLicenseChoice from 'c/studentUserLicenseChoice';

const CCP = 'PID_Customer_Community_Plus';
const CCP_LOGIN = 'PID_Customer_Community_Plus_Login';
const MISSING = 'Choose a license type that has seats left.';
const NONE_LEFT = 'No license type has a free seat.';
const EXHAUSTED = 'Customer Community Plus Login can’t be chosen: no licenses left (500 of 500 used).';

/** The licences of the fixture licenseExhausted, as the form passes them (formModel.licenseChoices). */
function options() {
    return [
        { value: CCP, label: 'Customer Community Plus: 60 of 100 left', disabled: false, reason: '' },
        { value: CCP_LOGIN, label: 'Customer Community Plus Login: 0 of 500 left', disabled: true, reason: EXHAUSTED }
    ];
}

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
const text = (element, selector) => ($(element, selector)?.textContent ?? '').trim();
const radio = (element, value) => $(element, `input.license-radio[value="${value}"]`);

/** The texts a radio names in aria-describedby, looked up in the component's shadow root. */
function describedBy(element, input) {
    return (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => {
            const target = $(element, `[id="${id}"]`);
            if (!target) {
                throw new Error(`aria-describedby names "${id}", which is not in the component`);
            }
            return target.textContent.trim();
        });
}

async function render(props = {}) {
    const element = createElement('c-student-user-license-choice', { is: StudentUserLicenseChoice });
    Object.assign(
        element,
        {
            label: 'License type',
            requiredTitle: 'required',
            messageWhenValueMissing: MISSING,
            messageWhenNoneAvailable: NONE_LEFT,
            options: options(),
            value: CCP
        },
        props
    );
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-student-user-license-choice', () => {
    describe('rendering', () => {
        it('shows a required radio group: seats left in each label, the exhausted licence disabled with its reason', async () => {
            const element = await render();
            expect($(element, 'fieldset').className).toBe('license slds-form-element');
            expect(text(element, 'legend')).toBe('*License type');
            expect($(element, 'legend abbr.slds-required').title).toBe('required');
            const radios = $$(element, 'input.license-radio');
            expect(radios.map((input) => [input.value, input.checked, input.disabled, input.required])).toEqual([
                [CCP, true, false, true],
                [CCP_LOGIN, false, true, true]
            ]);
            expect(radios.map((input) => text(element, `label[for="${input.id}"]`))).toEqual([
                'Customer Community Plus: 60 of 100 left',
                'Customer Community Plus Login: 0 of 500 left'
            ]);
            expect(describedBy(element, radios[0])).toEqual([]);
            expect(describedBy(element, radios[1])).toEqual([EXHAUSTED]);
            expect(new Set(radios.map((input) => input.name)).size).toBe(1);
            expect(radios[0].name).toMatch(/^licenseKey-\d+$/);
            expect($(element, '.license-error')).toBeNull();
            expect($(element, '.no-license')).toBeNull();
        });

        it('gives each instance its own radio name', async () => {
            const first = await render();
            const second = await render();
            expect(radio(first, CCP).name).not.toBe(radio(second, CCP).name);
        });

        it('says so when no licence has a seat left, and accepts missing options or value', async () => {
            const element = await render({ options: options().map((option) => ({ ...option, disabled: true })) });
            expect(text(element, '.no-license')).toBe(NONE_LEFT);
            element.options = undefined;
            element.value = undefined;
            await flushPromises();
            expect(element.options).toEqual([]);
            expect(element.value).toBe('');
            expect($$(element, 'input.license-radio')).toHaveLength(0);
        });
    });

    describe('validity', () => {
        it('is valid with a licence that has seats, and shows nothing on checkValidity', async () => {
            const element = await render();
            expect(element.checkValidity()).toBe(true);
            expect(element.reportValidity()).toBe(true);
            await flushPromises();
            expect($(element, '.license-error')).toBeNull();
        });

        it('asks for a licence with seats when none, an exhausted or an unknown one is chosen', async () => {
            for (const value of ['', CCP_LOGIN, 'PID_Unknown']) {
                // eslint-disable-next-line no-await-in-loop -- one rendering after the other
                const element = await render({ value });
                expect(element.checkValidity()).toBe(false);
                expect($(element, '.license-error')).toBeNull();
                expect(element.reportValidity()).toBe(false);
                // eslint-disable-next-line no-await-in-loop -- the error renders
                await flushPromises();
                expect(text(element, '.license-error')).toBe(MISSING);
                expect($(element, 'fieldset').className).toBe('license slds-form-element slds-has-error');
            }
        });

        it('shows a custom error first, on every radio, until it is cleared', async () => {
            const element = await render();
            element.setCustomValidity('No licence left for Ada Lovelace.');
            expect(element.checkValidity()).toBe(false);
            expect(element.reportValidity()).toBe(false);
            await flushPromises();
            expect(text(element, '.license-error')).toBe('No licence left for Ada Lovelace.');
            expect(describedBy(element, radio(element, CCP))).toEqual(['No licence left for Ada Lovelace.']);
            expect(describedBy(element, radio(element, CCP_LOGIN))).toEqual([
                EXHAUSTED,
                'No licence left for Ada Lovelace.'
            ]);

            element.setCustomValidity('');
            expect(element.reportValidity()).toBe(true);
            await flushPromises();
            expect($(element, '.license-error')).toBeNull();
            element.setCustomValidity(undefined);
            expect(element.checkValidity()).toBe(true);
        });
    });

    describe('change and focus', () => {
        it('fires change with the chosen licence and clears its error', async () => {
            const element = await render({ options: options().map((option) => ({ ...option, disabled: false })) });
            const changes = [];
            element.addEventListener('change', (event) => changes.push(event.detail));
            element.setCustomValidity('No licence left.');
            element.reportValidity();
            await flushPromises();
            radio(element, CCP_LOGIN).click();
            await flushPromises();
            expect(changes).toEqual([{ value: CCP_LOGIN }]);
            expect(element.value).toBe(CCP_LOGIN);
            expect($(element, '.license-error')).toBeNull();
            expect(element.checkValidity()).toBe(true);
        });

        it('focuses the checked radio, or the first that can be chosen', async () => {
            const element = await render();
            element.focus();
            expect(element.shadowRoot.activeElement).toBe(radio(element, CCP));

            const exhausted = await render({ value: CCP_LOGIN });
            exhausted.focus();
            expect(exhausted.shadowRoot.activeElement).toBe(radio(exhausted, CCP));

            const none = await render({ options: [] });
            expect(() => none.focus()).not.toThrow();
        });
    });
});
