/**
 * Rule `seam` (issue #20): in production Apex (classes not annotated @IsTest, and triggers)
 * - setup-object DML, run-record DML and password resets happen only in WRITE_SEAM (its inner classes included);
 * - a static query `FROM User` whose WHERE filters on ContactId or Contact.AccountId happens only in READS_SEAM.
 * One place for each keeps the rules that go with them (sharing, the per-transaction budget of password resets, the
 * "portal user of this contact" filter on IsPortalEnabled) in one class.
 */
import { child, children, identifier, nodeClass, optional, walk } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';
import { lower } from '../lib/apex-model';
import { dmlSiteOf, SETUP_OBJECTS } from '../lib/apex-dml';
import type { ApexModel, ClassInfo, MethodInfo } from '../lib/apex-model';
import { fieldPath } from '../soql/soql-model';
import type { Finding } from '../types';
import { classifyDml, objectLabel, passwordCall } from './dml-kind';

/** The one class with setup-object DML, run-record DML and password resets. */
export const WRITE_SEAM = 'StudentUserWriter';
/** The one class that queries users by ContactId or Contact.AccountId. */
export const READS_SEAM = 'StudentUserSystemReads';
/** The run record's objects, written only by WRITE_SEAM too (docs: seams of issue #20). */
export const RUN_RECORD_OBJECTS = ['Student_User_Run__c', 'Student_User_Run_Item__c'];

export const SEAM_RULE = 'setup-dml:seam';

const RUN_RECORDS = new Set(RUN_RECORD_OBJECTS.map(lower));
const USER_LINK_FIELDS = new Set(['contactid', 'contact.accountid']);

function writesOutsideSeam(method: MethodInfo, model: ApexModel): Finding[] {
    const findings: Finding[] = [];
    walk(optional(method.decl, 'stmnt'), (node) => {
        const password = passwordCall(node);
        const site = password ? undefined : dmlSiteOf(node);
        const kind = site ? classifyDml(site, method, model) : undefined;
        let what = password?.label;
        if (site && kind && (SETUP_OBJECTS.has(kind.object) || RUN_RECORDS.has(kind.object))) {
            what = `${site.operation} of ${objectLabel(kind.object)}`;
        }
        const at = password?.at ?? site?.at;
        if (what && at) {
            findings.push({
                file: method.classInfo.file,
                line: at.line,
                column: at.column,
                message:
                    `${what} outside ${WRITE_SEAM}: setup-object DML, run-record DML and password resets belong in ` +
                    `the one write seam ${WRITE_SEAM} (its \`without sharing\` inner class), so that sharing, mixed ` +
                    `DML and the reset budget are handled in one place; move it there and call ${WRITE_SEAM}.getInstance()`,
                rule: SEAM_RULE
            });
        }
        return undefined;
    });
    return findings;
}

/**
 * Field paths of a WHERE clause compared with a value, alias removed, lower case; comparisons with NULL and nested
 * queries left out (nested queries are judged on their own).
 */
function whereFields(query: ApexNode): { path: string; line: number; column: number }[] {
    const alias = lower(
        identifier(optional(children(child(query, 'from') ?? {}, 'exprs')[0] ?? {}, 'alias'))?.name ?? ''
    );
    const found: { path: string; line: number; column: number }[] = [];
    walk(optional(query, 'where'), (node) => {
        const kind = nodeClass(node);
        if (kind === 'soql.Query') return false;
        // `ContactId = NULL` / `!= NULL` tells internal from portal users: a filter, not a lookup by contact.
        if (
            kind === 'soql.WhereExpr$WhereOpExpr' &&
            nodeClass(child(child(node, 'expr') ?? {}, 'literal') ?? {}) === 'soql.QueryLiteral$QueryNull'
        ) {
            return false;
        }
        if (kind !== 'soql.FieldIdentifier') return undefined;
        const path = fieldPath(node);
        const names = path.map((segment) => lower(segment.name));
        if (alias && names.length > 1 && names[0] === alias) names.shift();
        if (path.length > 0) found.push({ path: names.join('.'), line: path[0].line, column: path[0].column });
        return false;
    });
    return found;
}

function userQueriesOutsideSeam(info: ClassInfo, unit: ApexNode): Finding[] {
    const findings: Finding[] = [];
    walk(unit, (node) => {
        if (nodeClass(node) !== 'soql.Query') return undefined;
        const table = child(children(child(node, 'from') ?? {}, 'exprs')[0] ?? {}, 'table');
        const from = table ? fieldPath(table) : [];
        if (from.length !== 1 || lower(from[0].name) !== 'user') return undefined;
        for (const field of whereFields(node).filter((candidate) => USER_LINK_FIELDS.has(candidate.path))) {
            findings.push({
                file: info.file,
                line: field.line,
                column: field.column,
                message:
                    `query of User by ${field.path === 'contactid' ? 'ContactId' : 'Contact.AccountId'} outside ` +
                    `${READS_SEAM}: the portal users of contacts or accounts are read only there (without sharing, ` +
                    `IsPortalEnabled = TRUE, newest first); call ${READS_SEAM}.portalUsersByContactId or ` +
                    'portalUsersOfAccounts instead',
                rule: SEAM_RULE
            });
        }
        return undefined;
    });
    return findings;
}

/** Findings of the seam rule over the production classes and triggers of the model. */
export function checkSeams(model: ApexModel, units: ReadonlyMap<string, ApexNode>): Finding[] {
    const findings: Finding[] = [];
    for (const info of model.classes.values()) {
        if (info.isTest) continue;
        if (lower(info.name) !== lower(WRITE_SEAM)) {
            findings.push(...info.methods.flatMap((method) => writesOutsideSeam(method, model)));
        }
        const unit = units.get(info.file);
        if (unit && lower(info.name) !== lower(READS_SEAM)) findings.push(...userQueriesOutsideSeam(info, unit));
    }
    return findings;
}
