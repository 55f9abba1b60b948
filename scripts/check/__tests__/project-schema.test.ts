import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectSchemaCheck, projectSchemaFindings } from '../checks/project-schema';
import { fixture } from './fixtures';

const ROOT = join(__dirname, '..', '..', '..');

describe('sfdx-project (schema of @salesforce/schemas)', () => {
    it('fails the old project file: includeProfileUserLicenses on demo, a folder that is not a package', async () => {
        const findings = await projectSchemaCheck.run(fixture('sfdx-project/broken'));
        expect(findings).toHaveLength(1);
        const text = readFileSync(join(fixture('sfdx-project/broken'), 'sfdx-project.json'), 'utf8');
        expect(text.split('\n')[(findings[0].line ?? 0) - 1]).toContain('"includeProfileUserLicenses"');
        expect(findings[0].message).toMatch(
            /^packageDirectories\[1\] \("demo"\) is neither a plain directory \("includeProfileUserLicenses" is not allowed\) nor a package \(needs "package", needs "versionNumber"\)/
        );
    });

    it('passes a package directory with its package keys and a plain demo directory', async () => {
        expect(await projectSchemaCheck.run(fixture('sfdx-project/clean'))).toEqual([]);
    });

    it("passes the project's own sfdx-project.json", async () => {
        expect(await projectSchemaCheck.run(ROOT)).toEqual([]);
    });

    it('reports wrong types, unknown top-level keys and broken JSON', () => {
        const messages = projectSchemaFindings(
            JSON.stringify({ packageDirectories: [{ path: 'a', default: 'yes' }], sourceApiVersion: 65, color: 'red' })
        ).map((finding) => finding.message);
        expect(messages.join('\n')).toContain('"color" is not allowed');
        expect(messages.join('\n')).toContain('/sourceApiVersion: must be string');
        expect(messages.join('\n')).toContain('packageDirectories[0] ("a")');
        expect(projectSchemaFindings('{ "packageDirectories": [')[0].message).toMatch(/^not valid JSON/);
    });
});
