import { apexLsCheck } from './checks/apex-ls';
import { pmdCheck, sfgeCheck } from './checks/code-analyzer';
import { eslintCheck } from './checks/eslint';
import { metadataCheck } from './checks/metadata';
import { prettierCheck } from './checks/prettier';
import { typescriptCheck } from './checks/typescript';
import type { Check } from './types';

/** Every offline check of `npm test`, in the order they run (cheap and most telling first). */
export const CHECKS: Check[] = [
    prettierCheck,
    eslintCheck,
    typescriptCheck,
    apexLsCheck,
    metadataCheck,
    pmdCheck,
    sfgeCheck
];
