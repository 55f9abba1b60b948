/**
 * Jest helper for a component's `labels` module: in Jest, `@salesforce/label/c.X` imports resolve to the string
 * `c.X`; this swaps each reference for the real text from the project's Custom Labels, and throws when a component
 * imports a label that no `*.labels-meta.xml` defines. Usage, in a test:
 *   jest.mock('../labels', () => require('<path to>/jest/helpers/realLabels').withRealTexts(jest.requireActual('../labels')));
 * Never deployed: it lives outside force-app.
 */
const { readdirSync, readFileSync } = require('fs');
const { join } = require('path');

const LABELS_DIR = join(__dirname, '..', '..', 'force-app', 'main', 'default', 'labels');
const LABEL = /<fullName>(.*?)<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/g;

/** @returns {Record<string, string>} every label's text by name */
function labelTexts() {
    /** @type {Record<string, string>} */
    const texts = {};
    for (const file of readdirSync(LABELS_DIR).filter((name) => name.endsWith('.labels-meta.xml'))) {
        for (const match of readFileSync(join(LABELS_DIR, file), 'utf8').matchAll(LABEL)) {
            texts[match[1]] = match[2].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        }
    }
    return texts;
}

/**
 * @param {Record<string, Record<string, string>>} labelModule the actual module: groups of `c.Name` references
 * @returns {Record<string, Record<string, string>>} the same groups with the labels' texts
 */
function withRealTexts(labelModule) {
    const texts = labelTexts();
    return Object.fromEntries(
        Object.entries(labelModule).map(([group, references]) => [
            group,
            Object.fromEntries(
                Object.entries(references).map(([key, reference]) => {
                    const name = String(reference).replace(/^c\./, '');
                    if (!(name in texts)) {
                        throw new Error(`Custom Label ${name} is missing from force-app/main/default/labels`);
                    }
                    return [key, texts[name]];
                })
            )
        ])
    );
}

/**
 * The text of one Custom Label (e.g. a server text a fixture carries), throwing when no labels file defines it.
 * @param {string} name the label's name, without `c.`
 * @returns {string}
 */
function labelText(name) {
    const texts = labelTexts();
    if (!(name in texts)) {
        throw new Error(`Custom Label ${name} is missing from force-app/main/default/labels`);
    }
    return texts[name];
}

module.exports = { withRealTexts, labelText };
