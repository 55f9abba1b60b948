import { createElement } from 'lwc';
import StudentUserCounts from 'c/studentUserCounts';

const ITEMS = [
    { key: 'total', label: 'Students', value: 600 },
    { key: 'blocked', label: 'Blocked', value: 20 }
];

afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});

describe('c-student-user-counts', () => {
    it('shows each count as "label: value" in the given order, in the light DOM', async () => {
        const element = createElement('c-student-user-counts', { is: StudentUserCounts });
        element.items = ITEMS;
        document.body.appendChild(element);
        await Promise.resolve();
        expect(element.shadowRoot).toBeNull();
        const items = [...element.querySelectorAll('ul.counts > li.count')];
        expect(items.map((item) => item.dataset.count)).toEqual(['total', 'blocked']);
        expect(items.map((item) => item.textContent.trim())).toEqual(['Students: 600', 'Blocked: 20']);
        expect(element.querySelector('[data-count="blocked"] strong').textContent).toBe('20');
    });

    it('shows an empty list without counts', async () => {
        const element = createElement('c-student-user-counts', { is: StudentUserCounts });
        document.body.appendChild(element);
        await Promise.resolve();
        expect(element.querySelector('ul.counts').children).toHaveLength(0);
    });
});
