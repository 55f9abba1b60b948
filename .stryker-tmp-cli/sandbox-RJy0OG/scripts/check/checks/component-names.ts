// @ts-nocheck
import { basename, dirname, join } from 'node:path';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/**
 * A deploy replaces components by name: a `ContactTrigger`, `Utils` or `TestDataFactory` in this project would
 * overwrite the customer org's own component of that name. Two rules over `force-app`:
 * - no trigger, class, flow, permission set (group), custom permission, tab or LWC has a name from the list below
 *   (names a university's org likely already has; compared without case, `_` and `-`);
 * - every trigger name contains a product word (`StudentUser` or `StudentPortal`), since triggers are the
 *   components orgs most often name after their object (`ContactTrigger`, `StudentTrigger`).
 */

const RULE = 'component-names';

/** Words one of which every trigger name must contain (case-insensitive). */
export const PRODUCT_WORDS = ['StudentUser', 'StudentPortal'];

/** Generic names, by the kind of component they are generic for. Kept in one place; extend freely. */
const GENERIC: Record<string, string[]> = {
    trigger: [
        'AccountTrigger',
        'CampaignMemberTrigger',
        'CaseTrigger',
        'ContactTrigger',
        'EventTrigger',
        'LeadTrigger',
        'OpportunityTrigger',
        'StudentTrigger',
        'TaskTrigger',
        'UserTrigger',
        'AccountContactRelationTrigger',
        'ApplicationTrigger',
        'EnrollmentTrigger',
        'ProgramEnrollmentTrigger'
    ],
    class: [
        'AccountHandler',
        'AccountService',
        'AccountSelector',
        'AccountTriggerHandler',
        'BaseException',
        'Constants',
        'ContactController',
        'ContactHandler',
        'ContactSelector',
        'ContactService',
        'ContactTriggerHandler',
        'Controller',
        'CustomException',
        'DataFactory',
        'DateUtils',
        'EmailService',
        'EmailUtils',
        'ErrorLogger',
        'ExceptionHandler',
        'Handler',
        'Helper',
        'Log',
        'Logger',
        'LogService',
        'MetadataService',
        'QueryUtils',
        'SchemaUtils',
        'SecurityUtils',
        'Selector',
        'Service',
        'StringUtils',
        'StudentController',
        'StudentHelper',
        'StudentService',
        'StudentTriggerHandler',
        'TestDataFactory',
        'TestFactory',
        'TestUtil',
        'TestUtility',
        'TestUtils',
        'TriggerDispatcher',
        'TriggerFactory',
        'TriggerHandler',
        'UserController',
        'UserHandler',
        'UserSelector',
        'UserService',
        'UserTriggerHandler',
        'Util',
        'Utilities',
        'Utility',
        'Utils'
    ],
    flow: [
        'Create_Community_User',
        'Create_User',
        'Enable_Customer_User',
        'Enable_Portal_User',
        'New_User',
        'Onboarding',
        'Student_Onboarding',
        'User_Onboarding',
        'Welcome_Email'
    ],
    'permission set': [
        'Admin',
        'Administrator',
        'API_User',
        'Community_User',
        'Customer_Community_User',
        'Integration',
        'Integration_User',
        'Portal_User',
        'Read_Only',
        'Student',
        'Students',
        'Student_Portal',
        'Student_Portal_User'
    ],
    'custom permission': [
        'Admin',
        'Bypass',
        'Bypass_All',
        'Bypass_Automation',
        'Bypass_Flows',
        'Bypass_Triggers',
        'Bypass_Validation',
        'Bypass_Validation_Rules'
    ],
    tab: ['Home', 'Student', 'Students', 'Portal', 'Users'],
    LWC: [
        'customLookup',
        'datatable',
        'errorPanel',
        'fileUpload',
        'ldsUtils',
        'lookup',
        'modal',
        'multiSelect',
        'picklist',
        'spinner',
        'toast',
        'utils'
    ]
};

const normalize = (name: string): string => name.toLowerCase().replace(/[_-]/g, '');

const GENERIC_SETS = new Map(Object.entries(GENERIC).map(([kind, names]) => [kind, new Set(names.map(normalize))]));

/** Permission set groups and permission sets share the generic list. */
const KINDS: { kind: string; list: string; suffix: string }[] = [
    { kind: 'trigger', list: 'trigger', suffix: '.trigger' },
    { kind: 'class', list: 'class', suffix: '.cls' },
    { kind: 'flow', list: 'flow', suffix: '.flow-meta.xml' },
    { kind: 'permission set', list: 'permission set', suffix: '.permissionset-meta.xml' },
    { kind: 'permission set group', list: 'permission set', suffix: '.permissionsetgroup-meta.xml' },
    { kind: 'custom permission', list: 'custom permission', suffix: '.customPermission-meta.xml' },
    { kind: 'tab', list: 'tab', suffix: '.tab-meta.xml' }
];

interface Component {
    kind: string;
    list: string;
    name: string;
    file: string;
}

function components(root: string): Component[] {
    const found: Component[] = [];
    const forceApp = join(root, 'force-app');
    for (const path of listFiles(forceApp, () => true)) {
        const file = basename(path);
        const kind = KINDS.find((candidate) => file.endsWith(candidate.suffix));
        if (kind) {
            found.push({
                kind: kind.kind,
                list: kind.list,
                name: file.slice(0, -kind.suffix.length),
                file: relativePath(root, path)
            });
        } else if (file.endsWith('.js-meta.xml') && basename(dirname(dirname(path))) === 'lwc') {
            const name = basename(dirname(path));
            if (file === `${name}.js-meta.xml`) {
                found.push({ kind: 'LWC', list: 'LWC', name, file: relativePath(root, path) });
            }
        }
    }
    return found;
}

export function checkComponentNames(root: string): Promise<Finding[]> {
    const findings: Finding[] = [];
    for (const component of components(root)) {
        const reasons: string[] = [];
        if (GENERIC_SETS.get(component.list)?.has(normalize(component.name))) {
            reasons.push(
                `${component.kind} '${component.name}' has a generic name that a university's org likely already ` +
                    "has: a deploy replaces the org's component of that name"
            );
        }
        if (
            component.kind === 'trigger' &&
            !PRODUCT_WORDS.some((word) => component.name.toLowerCase().includes(word.toLowerCase()))
        ) {
            reasons.push(
                `trigger '${component.name}' does not contain a product word (${PRODUCT_WORDS.join(' or ')}), so it can ` +
                    "replace or be confused with the org's own triggers"
            );
        }
        if (reasons.length > 0) {
            findings.push({
                file: component.file,
                line: 1,
                message: `${reasons.join('; ')}; rename it with the product's name (e.g. StudentUser...)`,
                rule: RULE
            });
        }
    }
    return Promise.resolve(findings.sort((a, b) => a.file.localeCompare(b.file)));
}

export const componentNamesCheck: Check = {
    name: 'component-names',
    description:
        "no trigger, class, flow, permission set, custom permission, tab or LWC in force-app with a generic name an org likely already has (a deploy replaces it); trigger names contain 'StudentUser' or 'StudentPortal'",
    run: checkComponentNames
};
