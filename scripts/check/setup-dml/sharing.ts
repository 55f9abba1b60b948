/**
 * Rule `sharing`: an update, upsert or delete of User or UserLogin, or a password reset, from a production class that
 * runs with sharing. Record sharing applies to DML even in system mode (Apex Reference, "AccessLevel Class": "record
 * sharing rules are controlled by the class sharing keywords"), and staff without Manage Users can only read other
 * users, so the write fails with INSUFFICIENT_ACCESS_OR_READONLY (platform-notes, 2026-12 review).
 * Which sharing a class runs with: Apex Developer Guide, "Use the with sharing, without sharing, and inherited sharing
 * Keywords" (developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_keywords_sharing.htm; its
 * implementation notes are quoted in salesforce.stackexchange.com questions 231495 and 291782): the keyword of the
 * class that declares the method applies, not the caller's; "inner classes do not inherit the sharing setting from
 * their container class"; a class inherits it from the class it extends; `inherited sharing` and no keyword run with
 * the caller's sharing (with sharing from an Aura/LWC entry point; the current page: "If a class doesn't have an
 * explicit sharing declaration, then it defaults to with sharing"). Only `without sharing` (declared, or inherited
 * from a project superclass) is fine. Triggers run without sharing; test classes are not judged (they choose their
 * running user with System.runAs).
 */
import { optional, walk } from '../lib/apex-ast';
import { dmlSiteOf, dmlVerb } from '../lib/apex-dml';
import type { ApexModel, MethodInfo, Sharing } from '../lib/apex-model';
import type { Finding } from '../types';
import { superClassOf } from './calls';
import type { ClassRef } from './calls';
import { classifyDml, objectLabel, passwordCall } from './dml-kind';

export const SHARING_RULE = 'setup-dml:sharing';

/** The sharing a class runs with as far as its declaration says: its keyword, else its project superclass's. */
function effectiveSharing(ref: ClassRef, model: ApexModel): { sharing: Sharing; from: string } {
    let current: ClassRef | undefined = ref;
    for (let depth = 0; current && depth < 10; depth++) {
        if (current.owner.sharing !== 'none') return { sharing: current.owner.sharing, from: current.owner.name };
        current = superClassOf(current, model);
    }
    return { sharing: 'none', from: ref.owner.name };
}

function describe(ref: ClassRef, model: ApexModel): string | undefined {
    const { sharing, from } = effectiveSharing(ref, model);
    if (sharing === 'without') return undefined;
    const inherited = from === ref.owner.name ? '' : ` (from its superclass ${from})`;
    const inner = ref.owner.outer ? ` (an inner class does not take ${ref.owner.outer.name}'s keyword)` : '';
    if (sharing === 'with') return `runs with sharing: \`with sharing\`${inherited}`;
    if (sharing === 'inherited') return `runs with its caller's sharing: \`inherited sharing\`${inherited}`;
    return `has no sharing keyword, so it runs with its caller's sharing${inner}`;
}

const SHARING_FIX =
    'record sharing applies to this write even in system mode (AccessLevel.SYSTEM_MODE), and staff without Manage ' +
    'Users can only read other users, so it fails with INSUFFICIENT_ACCESS_OR_READONLY; do it in a `without sharing` ' +
    'class (the seam: a `private without sharing` inner class of StudentUserWriter)';

function checkMethod(method: MethodInfo, model: ApexModel): Finding[] {
    const ref: ClassRef = { info: method.classInfo, owner: method.owner };
    const why = describe(ref, model);
    if (!why) return [];
    const className = method.owner.outer ? `${method.owner.outer.name}.${method.owner.name}` : method.owner.name;
    const findings: Finding[] = [];
    walk(optional(method.decl, 'stmnt'), (node) => {
        const password = passwordCall(node);
        const site = password ? undefined : dmlSiteOf(node);
        let what = password?.label;
        const at = password?.at ?? site?.at;
        if (site && ['update', 'upsert', 'delete'].includes(dmlVerb(site))) {
            const kind = classifyDml(site, method, model);
            if (kind && (kind.object === 'user' || kind.object === 'userlogin')) {
                what = `${site.operation} of ${objectLabel(kind.object)}`;
            }
        }
        if (what && at) {
            findings.push({
                file: method.classInfo.file,
                line: at.line,
                column: at.column,
                message: `${what} in ${className}, which ${why}: ${SHARING_FIX}`,
                rule: SHARING_RULE
            });
        }
        return undefined;
    });
    return findings;
}

/** Findings of the sharing rule over the production classes of the model. */
export function checkSharing(model: ApexModel): Finding[] {
    return [...model.classes.values()]
        .filter((info) => !info.isTest && !info.isTrigger)
        .flatMap((info) => info.methods.flatMap((method) => checkMethod(method, model)));
}
