import { apexLsCheck } from './checks/apex-ls';
import { apexTypesCheck } from './checks/apex-types';
import { architectureDocCheck } from './checks/architecture-doc';
import { apexTestHygieneCheck } from './checks/apex-test-hygiene';
import { apexSyntaxCheck } from './checks/apex-syntax';
import { pmdCheck, sfgeCheck } from './checks/code-analyzer';
import { componentNamesCheck } from './checks/component-names';
import { docReferencesCheck } from './checks/doc-references';
import { errorCodesCheck } from './checks/error-codes';
import { flowAccessCheck } from './checks/flow-access';
import { lockfilePlatformsCheck } from './checks/lockfile-platforms';
import { lwcApexContractCheck } from './checks/lwc-apex-contract';
import { markdownTablesCheck } from './checks/markdown-tables';
import { metadataCheck } from './checks/metadata';
import { metadataLengthsCheck } from './checks/metadata-lengths';
import { metadataSchemaCheck } from './checks/metadata-schema';
import { projectSchemaCheck } from './checks/project-schema';
import { queriedFieldsCheck } from './checks/queried-fields';
import { scratchConfigCheck } from './checks/scratch-config';
import { setupDmlCheck } from './checks/setup-dml';
import { soqlFieldsCheck } from './checks/soql-fields';
import { workflowCheck } from './checks/workflow';
import type { Check } from './types';

/**
 * Our own offline checks of `npm test`, in the order they print (cheap and most telling first). Prettier, ESLint, tsc
 * and Jest are not here: they run as themselves (npm scripts, checks/tools.ts and checks/jest.ts).
 */
export const CHECKS: Check[] = [
    apexSyntaxCheck,
    apexLsCheck,
    soqlFieldsCheck,
    queriedFieldsCheck,
    lwcApexContractCheck,
    apexTypesCheck,
    apexTestHygieneCheck,
    setupDmlCheck,
    componentNamesCheck,
    architectureDocCheck,
    docReferencesCheck,
    flowAccessCheck,
    errorCodesCheck,
    markdownTablesCheck,
    metadataCheck,
    metadataSchemaCheck,
    metadataLengthsCheck,
    scratchConfigCheck,
    workflowCheck,
    lockfilePlatformsCheck,
    projectSchemaCheck,
    pmdCheck,
    sfgeCheck
];
