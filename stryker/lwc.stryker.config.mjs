import { areaConfig } from './stryker.shared.mjs';

/**
 * Mutation area "lwc": the modules of the Lightning Web Components (models, views, errors, CSV, counts), against the
 * Jest project `lwc`. The component entry files (the LightningElement classes) are left out: the LWC compiler in
 * sfdx-lwc-jest transforms their decorated class fields, which Stryker's instrumented code does not survive; their
 * logic lives in the modules, which are mutated.
 * One bundle at a time: npm run test:mutation:lwc -- --mutate 'force-app/main/default/lwc/studentCohort/*.js'
 */
export default areaConfig('lwc', [
    'force-app/main/default/lwc/**/*.js',
    '!force-app/main/default/lwc/**/__tests__/**',
    '!force-app/main/default/lwc/enableStudentUser/enableStudentUser.js',
    '!force-app/main/default/lwc/studentCohort/studentCohort.js'
]);
