import { LightningElement, api } from 'lwc';

/**
 * A run's counts in one line ("Students: 600 | Ready: 580 | Blocked: 20"), each item `data-count={key}`: the cohort
 * review (c-student-cohort-review) and the in-org run's progress (c-student-user-run-progress) show them alike.
 * Light DOM like the review around it (see c-student-cohort-review for where light DOM is supported), so the pages'
 * look-ups of `[data-count]` reach the items.
 */
export default class StudentUserCounts extends LightningElement {
    /** @type {'light'} */
    static renderMode = 'light';

    /** @type {{ key: string, label: string, value: number }[]} the counts, in the order shown */
    @api items = [];
}
