module.exports = require('./jest.project.js').jestProject('scripts');
