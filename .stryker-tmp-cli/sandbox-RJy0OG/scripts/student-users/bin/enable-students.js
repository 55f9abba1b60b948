#!/usr/bin/env node
// @ts-nocheck
// The former command name, kept so existing scripts keep working: `enable-students <options>` is
// `student-users enable <options>`.
process.argv.splice(2, 0, 'enable');
require('tsx/cjs');
require('../student-users.ts');
