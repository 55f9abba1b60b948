import { createElement } from 'lwc';
import StudentUserSiteReadiness, { siteReadinessView } from 'c/studentUserSiteReadiness';

// The real label texts from the Custom Labels; fails when labels.js imports a label no labels file defines.
jest.mock('../labels', () =>
    require('../../../../../../jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels'))
);

const PROFILE = '00e5g000000StdLgAAJ';
const LIVE = {
    name: 'Student Portal',
    status: 'Live',
    live: true,
    loginUrl: 'https://uni.example/s/login',
    sendsWelcomeEmail: true
};
const DRAFT = { name: 'Alumni', status: 'UnderConstruction', live: false, sendsWelcomeEmail: false };
const NOT_LIVE = {
    code: 'SITE_NOT_LIVE',
    field: 'profileId',
    message: 'Ada cannot log in: Alumni (UnderConstruction).',
    fix: 'Publish the site.'
};

// The server's text (StudentSiteReadinessContext.emailDeliveryCheck, the Custom Label SPU_Form_Email_Delivery_Check).
const DELIVERY = require('../../../../../../jest/helpers/realLabels').labelText('SPU_Form_Email_Delivery_Check');

/** @param {object[]} sites @param {object | null} problem @param {boolean} warnOnly */
function readiness(sites, problem = null, warnOnly = false) {
    return { warnOnly, emailDeliveryCheck: DELIVERY, profiles: [{ profileId: PROFILE, sites, problem }] };
}

const create = { profileId: PROFILE, isReactivation: false, sendWelcomeEmail: false };

describe('siteReadinessView', () => {
    it('is null without readiness or for a profile it does not know', () => {
        expect(siteReadinessView(null, create)).toBeNull();
        expect(siteReadinessView(readiness([LIVE]), { ...create, profileId: 'other' })).toBeNull();
    });

    it('lists the live sites with their login page', () => {
        const view = siteReadinessView(readiness([LIVE, DRAFT]), create);
        expect(view.hasProblem).toBe(false);
        expect(view.blocks).toBe(false);
        expect(view.loginText).toBe('The student can log in to: Student Portal.');
        expect(view.loginLinks).toEqual([{ key: 'Student Portal', name: 'Student Portal', loginUrl: LIVE.loginUrl }]);
    });

    it('blocks a new user on a problem, with the fix', () => {
        const view = siteReadinessView(readiness([DRAFT], NOT_LIVE), create);
        expect(view.blocks).toBe(true);
        expect(view.code).toBe('SITE_NOT_LIVE');
        expect(view.problemFix).toBe('How to fix: Publish the site.');
        expect(view.warning).toBe('');
        expect(view.loginText).toBe('');
    });

    it('warns instead with the warn-only setting, and never blocks a reactivation', () => {
        expect(siteReadinessView(readiness([DRAFT], NOT_LIVE, true), create).blocks).toBe(false);
        const reactivation = siteReadinessView(readiness([DRAFT], NOT_LIVE), { ...create, isReactivation: true });
        expect(reactivation.blocks).toBe(false);
        expect(reactivation.warning).toContain('Reactivation is allowed');
    });

    it.each([
        ['no welcome email', create, [LIVE], 'Email: none.'],
        [
            'the site welcome email',
            { ...create, sendWelcomeEmail: true },
            [LIVE],
            'the welcome email of Student Portal'
        ],
        [
            'the Salesforce email',
            { ...create, sendWelcomeEmail: true },
            [{ ...LIVE, sendsWelcomeEmail: false }],
            'the Salesforce new-user email'
        ],
        [
            'no email on reactivation',
            { ...create, isReactivation: true, sendWelcomeEmail: true },
            [LIVE],
            'keeps the password'
        ]
    ])('email decision: %s', (_name, choice, sites, expected) => {
        expect(siteReadinessView(readiness(sites), choice).emailText).toContain(expected);
    });

    it('a reactivation may still be emailed by Salesforce: the text says so', () => {
        const view = siteReadinessView(readiness([LIVE]), { ...create, isReactivation: true });
        expect(view.emailText).toContain('Salesforce may still email the student when the user is reactivated');
    });

    it('says where to check that an email arrives when one may be sent; nothing when none is asked for', () => {
        const welcome = siteReadinessView(readiness([LIVE]), { ...create, sendWelcomeEmail: true });
        expect(welcome.deliveryText).toBe(DELIVERY);
        expect(welcome.deliveryText).toContain('cannot be read from here');
        expect(welcome.deliveryText).toContain('Setup, DKIM Keys');
        expect(welcome.deliveryText).toContain('Setup, Deliverability');
        expect(siteReadinessView(readiness([LIVE]), { ...create, isReactivation: true }).deliveryText).toBe(DELIVERY);
        expect(siteReadinessView(readiness([LIVE]), create).deliveryText).toBe('');
        const older = { ...readiness([LIVE]), emailDeliveryCheck: undefined };
        expect(siteReadinessView(older, { ...create, sendWelcomeEmail: true }).deliveryText).toBe('');
    });
});

describe('c-student-user-site-readiness', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    function render(view) {
        const element = createElement('c-student-user-site-readiness', { is: StudentUserSiteReadiness });
        element.view = view;
        document.body.appendChild(element);
        return element;
    }

    it('renders nothing without a view', () => {
        expect(render(null).shadowRoot.querySelector('section')).toBeNull();
    });

    it('renders the login links as a status', () => {
        const element = render(siteReadinessView(readiness([LIVE]), create));
        const section = element.shadowRoot.querySelector('section');
        expect(section.getAttribute('role')).toBe('status');
        expect(section.className).toContain('slds-scoped-notification_light');
        const link = element.shadowRoot.querySelector('a.site-link');
        expect(link.href).toBe(LIVE.loginUrl);
        expect(link.textContent).toBe('Login page of Student Portal');
    });

    it('renders where to check that the email arrives under the email decision', () => {
        const element = render(siteReadinessView(readiness([LIVE]), { ...create, sendWelcomeEmail: true }));
        expect(element.shadowRoot.querySelector('.email-delivery').textContent).toBe(DELIVERY);
        const none = render(siteReadinessView(readiness([LIVE]), create));
        expect(none.shadowRoot.querySelector('.email-delivery')).toBeNull();
    });

    it('renders a blocking problem with its code, message and fix in the error theme', () => {
        const element = render(siteReadinessView(readiness([DRAFT], NOT_LIVE), create));
        expect(element.shadowRoot.querySelector('section').className).toContain('slds-theme_error');
        const message = element.shadowRoot.querySelector('.site-problem-message');
        expect(message.dataset.code).toBe('SITE_NOT_LIVE');
        expect(message.textContent).toBe(NOT_LIVE.message);
        expect(element.shadowRoot.querySelector('.site-problem-fix').textContent).toBe('How to fix: Publish the site.');
        expect(element.shadowRoot.querySelector('a.site-link')).toBeNull();
    });
});
