const { join } = require('node:path');
const rootConfig = require('../jest.config.js');

/**
 * One project of jest.config.js as a stand-alone Jest config: StrykerJS's Jest runner cannot run a config with
 * `projects` (stryker-js issues #1926, #2574), so each mutation area runs the one project that tests it.
 */
function jestProject(displayName) {
    const project = rootConfig.projects.find((candidate) => candidate.displayName === displayName);
    if (!project) throw new Error(`jest.config.js has no project named ${displayName}`);
    return { ...project, rootDir: join(__dirname, '..') };
}

module.exports = { jestProject };
