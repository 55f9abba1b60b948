/**
 * Rule `mixed-dml`: setup-object DML and DML on other sObjects in one transaction, which the platform refuses with
 * MIXED_DML_OPERATION (Apex Developer Guide, "sObjects That Can't Be Used Together in DML Operations"; which sites
 * count: dml-kind.ts).
 * - Tests: each test method (@IsTest, testMethod, @TestSetup) outside its System.runAs blocks, and each runAs block
 *   (a runAs block is its own context), with the methods of @IsTest classes they call (a test data factory) outside
 *   those methods' own runAs blocks. Production methods a test calls are not followed: tests swap their seams for
 *   in-memory stand-ins, which this reading cannot see.
 * - Production: from each entry point (@AuraEnabled and @InvocableMethod methods, trigger bodies, `execute` of a
 *   Queueable, Batchable or Schedulable class), the synchronous calls (calls.ts). System.enqueueJob,
 *   Database.executeBatch and System.schedule are not project calls, and @future methods are not followed: each runs
 *   in a transaction of its own.
 */
import { child, children, identifier, nodeClass, optional, walk } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';
import { annotation, locOf, lower } from '../lib/apex-model';
import { dmlSiteOf } from '../lib/apex-dml';
import type { ApexModel, Location, MethodInfo } from '../lib/apex-model';
import type { DmlSite } from '../lib/apex-dml';
import type { Finding } from '../types';
import { syncTargets } from './calls';
import { classifyDml } from './dml-kind';

export const MIXED_RULE = 'setup-dml:mixed-dml';

interface Touch {
    /** Undefined while `pending`. */
    side?: 'setup' | 'data';
    label: string;
    file: string;
    at: Location;
    /** The methods between the context and the site, e.g. `Factory.createUser`. */
    chain: string[];
    /**
     * A site whose records are a parameter of an undeclared record type (`List<SObject> records`): the callers'
     * arguments decide its object (`insertRecords(new List<Contact>{ ... })`).
     */
    pending?: { site: DmlSite; param: number };
}

const parameterIndex = (method: MethodInfo, expr: ApexNode | undefined): number => {
    if (!expr || nodeClass(expr) !== 'ast.Expr$VariableExpr' || optional(expr, 'dottedExpr')) return -1;
    const names = children(expr, 'names');
    if (names.length !== 1) return -1;
    const name = lower(identifier(names[0])?.name ?? '');
    return children(method.decl, 'parameters').findIndex(
        (parameter) => lower(identifier(child(parameter, 'name'))?.name ?? '') === name
    );
};

/** The arguments of a call or `new` expression. */
const argumentsOf = (node: ApexNode): ApexNode[] =>
    nodeClass(node) === 'ast.Expr$NewExpr'
        ? children(child(node, 'creator') ?? {}, 'inputParameters')
        : children(node, 'inputParameters');

const methodLabel = (method: MethodInfo): string => {
    if (method.classInfo.isTrigger) return `trigger ${method.name}`;
    const owner = method.owner.outer ? `${method.owner.outer.name}.${method.owner.name}` : method.owner.name;
    return `${owner}.${method.name}`;
};

/** The DML of one context: the sites under `root` outside System.runAs blocks, and those of the followed calls. */
export class ContextReader {
    private readonly memo = new Map<MethodInfo, Touch[]>();

    constructor(
        private readonly model: ApexModel,
        private readonly follow: (target: MethodInfo) => boolean
    ) {}

    read(root: ApexNode | undefined, method: MethodInfo): Touch[] {
        const touches: Touch[] = [];
        walk(root, (node) => {
            if (nodeClass(node) === 'ast.Stmnt$RunAsBlock') return false;
            const site = dmlSiteOf(node);
            if (site) {
                const touch = this.touchOf(site, site.records, method, { file: method.classInfo.file, at: site.at });
                if (touch) touches.push(touch);
            }
            for (const target of syncTargets(node, method, this.model).filter(this.follow)) {
                const args = argumentsOf(node);
                for (const touch of this.ofMethod(target)) {
                    const chain = [methodLabel(target), ...touch.chain];
                    if (!touch.pending) touches.push({ ...touch, chain });
                    else {
                        const bound = this.touchOf(touch.pending.site, args[touch.pending.param], method, touch);
                        if (bound) touches.push({ ...bound, chain });
                    }
                }
            }
            return undefined;
        });
        return touches;
    }

    /** A site's touch with `records` as its records expression in `method`: typed, pending on a parameter, or none. */
    private touchOf(
        site: DmlSite,
        records: ApexNode | undefined,
        method: MethodInfo,
        where: { file: string; at: Location }
    ): Touch | undefined {
        const kind = classifyDml({ ...site, records }, method, this.model);
        if (kind?.side) return { side: kind.side, label: kind.label, file: where.file, at: where.at, chain: [] };
        const param = kind ? -1 : parameterIndex(method, records);
        return param >= 0
            ? { label: '', file: where.file, at: where.at, chain: [], pending: { site, param } }
            : undefined;
    }

    /** The context DML of a whole method (memoised; a recursive call adds nothing). */
    ofMethod(method: MethodInfo): Touch[] {
        const known = this.memo.get(method);
        if (known) return known;
        this.memo.set(method, []);
        const touches = this.read(optional(method.decl, 'stmnt'), method);
        this.memo.set(method, touches);
        return touches;
    }
}

function describe(touch: Touch): string {
    const through = touch.chain.length > 0 ? `, through ${touch.chain.join(' > ')}` : '';
    return `${touch.label} at ${touch.file}:${touch.at.line}${through}`;
}

/** The first setup and the first non-setup touch, when the context has both. */
function mixed(touches: Touch[]): [Touch, Touch] | undefined {
    const setup = touches.find((touch) => touch.side === 'setup');
    const data = touches.find((touch) => touch.side === 'data');
    return setup && data ? [setup, data] : undefined;
}

const findingAt = (file: string, at: Location, message: string): Finding => ({
    file,
    line: at.line,
    column: at.column,
    message,
    rule: MIXED_RULE
});

const nameAt = (method: MethodInfo): Location => {
    const name = identifier(child(method.decl, 'name'));
    return name ? { line: name.line, column: name.column } : { line: 1, column: 1 };
};

function testFindings(model: ApexModel): Finding[] {
    const reader = new ContextReader(model, (target) => target.classInfo.isTest);
    const findings: Finding[] = [];
    for (const info of model.classes.values()) {
        if (!info.isTest) continue;
        for (const method of info.methods) {
            const both = method.isTest ? mixed(reader.ofMethod(method)) : undefined;
            if (both) {
                findings.push(
                    findingAt(
                        info.file,
                        nameAt(method),
                        `test method ${method.name} does setup-object DML (${describe(both[0])}) and non-setup DML ` +
                            `(${describe(both[1])}) outside System.runAs: the platform refuses the second with ` +
                            'MIXED_DML_OPERATION; do the setup-object DML (users, roles, permission set assignments) ' +
                            'inside System.runAs(...) { }'
                    )
                );
            }
            walk(optional(method.decl, 'stmnt'), (node) => {
                if (nodeClass(node) !== 'ast.Stmnt$RunAsBlock') return undefined;
                const inBlock = mixed(reader.read(child(node, 'stmnt'), method));
                const at = locOf(node) ?? nameAt(method);
                if (inBlock) {
                    findings.push(
                        findingAt(
                            info.file,
                            at,
                            `System.runAs block in ${method.name} does setup-object DML (${describe(inBlock[0])}) and ` +
                                `non-setup DML (${describe(inBlock[1])}): a runAs block is one context, so the platform ` +
                                'refuses the second with MIXED_DML_OPERATION; put the two sides in separate System.runAs blocks'
                        )
                    );
                }
                return undefined;
            });
        }
    }
    return findings;
}

const ASYNC_INTERFACES: Record<string, string> = {
    queueable: 'Queueable',
    'system.queueable': 'Queueable',
    'database.batchable': 'Batchable',
    schedulable: 'Schedulable',
    'system.schedulable': 'Schedulable'
};

/** Why a production method starts a transaction, or undefined. */
function entryKind(method: MethodInfo): string | undefined {
    if (method.classInfo.isTrigger) return 'the body of';
    if (annotation(method.decl, 'AuraEnabled')) return '@AuraEnabled method';
    if (annotation(method.decl, 'InvocableMethod')) return '@InvocableMethod';
    if (method.name.toLowerCase() !== 'execute') return undefined;
    const kind = method.owner.interfaces.map((name) => ASYNC_INTERFACES[name]).find(Boolean);
    return kind ? `${kind}.execute` : undefined;
}

function productionFindings(model: ApexModel): Finding[] {
    const reader = new ContextReader(model, (target) => !target.classInfo.isTest);
    const findings: Finding[] = [];
    for (const info of model.classes.values()) {
        if (info.isTest) continue;
        for (const method of info.methods) {
            const kind = entryKind(method);
            const both = kind ? mixed(reader.ofMethod(method)) : undefined;
            if (!kind || !both) continue;
            findings.push(
                findingAt(
                    info.file,
                    nameAt(method),
                    `${kind} ${methodLabel(method)} reaches setup-object DML (${describe(both[0])}) and non-setup DML ` +
                        `(${describe(both[1])}) in one transaction: the platform refuses the second with ` +
                        'MIXED_DML_OPERATION; move one side into an asynchronous job (System.enqueueJob or @future)'
                )
            );
        }
    }
    return findings;
}

/** Findings of the mixed-DML rule: test contexts and production entry points. */
export function checkMixedDml(model: ApexModel): Finding[] {
    return [...testFindings(model), ...productionFindings(model)];
}
