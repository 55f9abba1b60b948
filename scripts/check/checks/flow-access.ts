import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { listFiles, relativePath } from '../lib/files';
import type { Check, Finding } from '../types';

/**
 * "Restrict User Access to Run Flows" is enforced since Winter '26 (Help KB 001930084): a user runs a screen flow only
 * when a profile or permission set grants it (`flowAccesses`). A list button (`webLinks`, `/flow/<Name>`) that
 * launches a flow no permission set of the project grants fails for the very users the product's permission sets are
 * for. Rule: every flow a list or detail button of `force-app` launches is granted (`<enabled>true</enabled>`) by at
 * least one permission set of `force-app`.
 */

const RULE = 'flow-access';

/** `/flow/Name`, `/flow/ns__Name`, with an optional query string or fragment. */
const FLOW_URL = /^\/flow\/([A-Za-z][A-Za-z0-9_]*)(?:[?#/]|$)/;

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });

interface FlowButton {
    button: string;
    flow: string;
    file: string;
    line: number;
}

function asArray<T>(value: T | T[] | undefined): T[] {
    if (value === undefined) return [];
    return Array.isArray(value) ? value : [value];
}

/** The line of the first `<url>` in the text (1 when none). */
function urlLine(text: string): number {
    const index = text.indexOf('<url>');
    return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

/** The buttons and links of `force-app` that launch a flow. */
export function flowButtons(root: string): FlowButton[] {
    const buttons: FlowButton[] = [];
    for (const path of listFiles(join(root, 'force-app'), (name) => name.endsWith('.webLink-meta.xml'))) {
        const text = readFileSync(path, 'utf8');
        const link = (parser.parse(text) as { WebLink?: { url?: unknown } }).WebLink;
        const match = FLOW_URL.exec(typeof link?.url === 'string' ? link.url.trim() : '');
        if (match) {
            const object = basename(dirname(dirname(path)));
            buttons.push({
                button: `${object}.${basename(path).replace('.webLink-meta.xml', '')}`,
                flow: match[1],
                file: relativePath(root, path),
                line: urlLine(text)
            });
        }
    }
    return buttons;
}

/** The flows the permission sets of `force-app` grant (`flowAccesses` with `enabled` true). */
export function grantedFlows(root: string): Set<string> {
    const granted = new Set<string>();
    for (const path of listFiles(join(root, 'force-app'), (name) => name.endsWith('.permissionset-meta.xml'))) {
        const set = (parser.parse(readFileSync(path, 'utf8')) as { PermissionSet?: { flowAccesses?: unknown } })
            .PermissionSet;
        for (const access of asArray(set?.flowAccesses as { enabled?: string; flow?: string }[] | undefined)) {
            if (String(access.enabled).trim() === 'true' && access.flow) {
                granted.add(String(access.flow).trim());
            }
        }
    }
    return granted;
}

export function checkFlowAccess(root: string): Promise<Finding[]> {
    const granted = grantedFlows(root);
    const findings = flowButtons(root)
        .filter((button) => !granted.has(button.flow))
        .map((button): Finding => ({
            file: button.file,
            line: button.line,
            message:
                `button '${button.button}' launches the flow '${button.flow}', which no permission set in force-app ` +
                'grants: since Winter \'26 users need flow access to run it (Help KB 001930084, "Restrict User ' +
                'Access to Run Flows"); add <flowAccesses><enabled>true</enabled>' +
                `<flow>${button.flow}</flow></flowAccesses> to the permission sets of the button's users`,
            rule: RULE
        }));
    return Promise.resolve(findings);
}

export const flowAccessCheck: Check = {
    name: 'flow-access',
    description:
        "every flow a button or link (webLinks /flow/<Name>) of force-app launches is granted by a permission set's flowAccesses (enforced since Winter '26)",
    run: checkFlowAccess
};
