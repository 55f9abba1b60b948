#!/usr/bin/env node
// @ts-nocheck
// npm `bin` shim: registers tsx (TypeScript on the fly), then runs the TypeScript entry.
require('tsx/cjs');
require('../student-users.ts');
