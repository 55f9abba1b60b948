import { createElement } from 'lwc';
import StudentCohortPager from 'c/studentCohortPager';

jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const { LABELS } = require('../labels');

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const format = (template, ...values) => template.replace(/\{(\d+)\}/g, (_, index) => String(values[Number(index)]));

async function render(props) {
    const element = createElement('c-student-cohort-pager', { is: StudentCohortPager });
    Object.assign(element, props);
    const pages = [];
    element.addEventListener('pagechange', (event) => pages.push(event.detail.page));
    document.body.appendChild(element);
    await flushPromises();
    return { element, pages };
}

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-student-cohort-pager', () => {
    it('shows nothing when every row fits on one page', async () => {
        const { element } = await render({ total: 500, pageSize: 500, page: 0 });
        expect($(element, '.pager')).toBeNull();
    });

    it('says which rows are shown and moves a page at a time, never past the ends', async () => {
        const { element, pages } = await render({ total: 5000, pageSize: 500, page: 0 });
        expect($(element, '.page-range').textContent).toBe(format(LABELS.range, '1', '500', (5000).toLocaleString()));
        expect($(element, '.previous-page').disabled).toBe(true);
        $(element, '.next-page').click();
        element.page = 9;
        await flushPromises();
        expect($(element, '.page-range').textContent).toBe(
            format(LABELS.range, (4501).toLocaleString(), (5000).toLocaleString(), (5000).toLocaleString())
        );
        expect($(element, '.next-page').disabled).toBe(true);
        $(element, '.previous-page').click();
        expect(pages).toEqual([1, 8]);
    });
});
