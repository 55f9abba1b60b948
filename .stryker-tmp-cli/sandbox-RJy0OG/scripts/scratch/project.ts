/** Names and paths the scratch-org tools share (one place, so the offline check can verify them). */
// @ts-nocheck


/** Alias of the scratch org `npm run scratch` creates and `npm run scratch:delete` deletes by default. */
export const DEFAULT_ALIAS = 'spu-scratch';

export const DEFAULT_DEFINITION_FILE = 'config/project-scratch-def.json';

/**
 * The org shapes CI proves, by the name `npm run scratch -- --shape <name>` takes (also the CI matrix's `shape`): the
 * definition file and the scratch org features it must have.
 */
export const SCRATCH_SHAPES = {
    'administrative-accounts': {
        definitionFile: DEFAULT_DEFINITION_FILE,
        features: ['Communities', 'CustomerCommunityPlus', 'CustomerCommunityPlusLogin']
    },
    'person-accounts': {
        definitionFile: 'config/project-scratch-def.person-accounts.json',
        features: ['Communities', 'CustomerCommunityPlus', 'CustomerCommunityPlusLogin', 'PersonAccounts']
    }
} as const satisfies Record<string, { definitionFile: string; features: readonly string[] }>;

export type ScratchShape = keyof typeof SCRATCH_SHAPES;

/** Product metadata: the only directory `npm run deploy` deploys. */
export const PRODUCT_SOURCE_DIR = 'force-app';

/** Demo-only metadata (the Contact layout with the quick action): deployed to scratch orgs by `npm run scratch` only. */
export const DEMO_SOURCE_DIR = 'demo';

/**
 * The Screen Flow behind the Contact list view button Enable_Student_Users. Flows deploy inactive to production orgs
 * unless FlowSettings enableFlowDeployAsActiveEnabled is on, so `npm run deploy` checks its status afterwards.
 */
export const SCREEN_FLOW = 'Enable_Student_Users';

/** Permission set assigned to the scratch org admin (grants the custom permission Enable_Student_Users). */
export const PERMISSION_SET = 'Student_User_Enablement';

export const DEMO_STUDENTS_FILE = 'demo/data/students.json';

/** AccountNumber prefix of the demo accounts; the seed scripts use the same prefix. */
export const DEMO_ACCOUNT_PREFIX = 'SPU-DEMO-';

/** Anonymous Apex seed scripts, in the order they run. `rendered` ones receive the students of DEMO_STUDENTS_FILE. */
export const SEED_SCRIPTS: readonly { title: string; file: string; rendered: boolean }[] = [
    {
        title: 'Seed users and roles (admin role, role-less account owner)',
        file: 'scripts/apex/demo-users.apex',
        rendered: false
    },
    {
        title: 'Seed students (accounts, contacts, person accounts)',
        file: 'scripts/apex/demo-students.apex',
        rendered: true
    },
    {
        title: 'Seed a portal user through StudentUserService',
        file: 'scripts/apex/demo-portal-user.apex',
        rendered: true
    },
    { title: 'Deactivate the demo portal user', file: 'scripts/apex/demo-deactivate-portal-user.apex', rendered: true }
];

/** The fix printed whenever no Dev Hub is usable. */
export const DEV_HUB_FIX =
    'no Dev Hub authorized: run `sf org login web --set-default-dev-hub --alias devhub`, then try again';

/** Licences the product needs, by UserLicense.LicenseDefinitionKey. */
export const PORTAL_LICENSE_KEYS = ['PID_Customer_Community_Plus', 'PID_Customer_Community_Plus_Login'] as const;
