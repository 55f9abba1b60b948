/**
 * Follows records from static queries through a method body (declarations, assignments, list and map wrappers,
 * indexing, for loops, returns) and into the project methods they are passed to, and reports each field read that
 * the query did not select. Each method is analysed once into a summary: which member paths it reads (and assigns)
 * on each parameter, and which query result it returns. A call replays the callee's reads on the caller's records.
 * Whatever is not followed (other values, unresolved calls, dynamic SOQL, trigger context variables) gives nothing.
 */
import { child, children, identifier, isNode, nodeClass, optional as optionalOnly } from '../lib/apex-ast';
import type { ApexIdentifier } from '../lib/apex-ast';
import type { ApexNode } from '../lib/apex-parser';
import type { ObjectSchema, Schema } from '../schema/schema';
import { holderOf } from './apex-index';
import type { ApexIndex, Holder, MethodInfo } from './apex-index';
import { readShape } from './query-shape';
import type { QueryShape } from './query-shape';

/** How many calls deep a read is followed from the query that produced the record. */
export const MAX_CALL_DEPTH = 8;

export interface QueriedFieldProblem {
    file: string;
    line: number;
    column: number;
    message: string;
}

interface QueryRoot {
    type: 'query';
    shape: QueryShape;
    file: string;
    /** Lower-case member paths assigned on these records (then a read of them is fine). */
    assigned: Set<string>;
}

interface ParamRoot {
    type: 'param';
    summary: Summary;
    index: number;
    assigned: Set<string>;
}

type Root = QueryRoot | ParamRoot;

/**
 * A value that holds records of one root: a record, a collection of them, or a map of them. `path` is the member
 * path from the root record to the records held (e.g. `['Users']` for the rows of a child sub-query). `any` is a
 * parameter's member whose kind only the caller's query can tell. `single` marks a query expression, which Apex
 * turns into one record when assigned to a record variable.
 */
interface Value {
    kind: 'record' | 'list' | 'map' | 'any';
    root: Root;
    path: string[];
    single?: boolean;
}

interface Site {
    file: string;
    line: number;
    column: number;
}

interface Requirement {
    param: number;
    path: string[];
    at: Site;
    chain: string[];
}

interface Summary {
    method: MethodInfo;
    reads: Requirement[];
    assigns: { param: number; path: string[] }[];
    returns?: Value;
    returnsSeen: boolean;
    returnsUnknown: boolean;
}

type Env = Map<string, Value | undefined>;

/** A child that may or may not be Optional-wrapped. */
function optional(node: ApexNode, name: string): ApexNode | undefined {
    const holder = child(node, name);
    return holder && holder['@class'] === undefined ? optionalOnly(node, name) : holder;
}

const key = (path: string[]): string => path.map((name) => name.toLowerCase()).join('.');

/** Whether the path, or a lookup on the way to it (`c.Account = new Account(...)`), was assigned before. */
const wasAssigned = (root: { assigned: Set<string> }, path: string[]): boolean =>
    path.some((_, index) => root.assigned.has(key(path.slice(0, index + 1))));

const sameValue = (a: Value | undefined, b: Value | undefined): boolean =>
    a !== undefined && b !== undefined && a.root === b.root && a.kind === b.kind && key(a.path) === key(b.path);

/** Components of compound address and location fields, which the compound field brings along. */
const COMPOUND_PART =
    /^(.*)(street|city|state|postalcode|country|latitude|longitude|statecode|countrycode|geocodeaccuracy)$/;

export class QueriedFieldAnalysis {
    private readonly summaries = new Map<MethodInfo, Summary>();
    private readonly inProgress = new Set<MethodInfo>();
    private readonly problems = new Map<string, QueriedFieldProblem>();

    constructor(
        private readonly schema: Schema,
        private readonly index: ApexIndex
    ) {}

    /** Analyses every method and trigger body; the problems found, in a stable order. */
    run(triggers: { file: string; unit: ApexNode }[]): QueriedFieldProblem[] {
        for (const method of this.index.all()) this.summaryOf(method);
        for (const trigger of triggers) {
            const pseudo: MethodInfo = {
                className: '',
                name: '',
                file: trigger.file,
                parameters: [],
                returns: 'none',
                body: undefined,
                overridable: false
            };
            const body = new MethodBody(this, this.newSummary(pseudo), new Map(), new Map());
            for (const member of children(trigger.unit, 'members')) body.visit(member);
        }
        return [...this.problems.values()].sort(
            (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
        );
    }

    newSummary(method: MethodInfo): Summary {
        return { method, reads: [], assigns: [], returnsSeen: false, returnsUnknown: false };
    }

    /** The summary of a method, computing it on first use; a method that calls itself sees an empty summary. */
    summaryOf(method: MethodInfo): Summary | undefined {
        const known = this.summaries.get(method);
        if (known) return known;
        if (this.inProgress.has(method)) return undefined;
        this.inProgress.add(method);
        const summary = this.newSummary(method);
        const env: Env = new Map();
        const types = new Map<string, Holder>();
        method.parameters.forEach((parameter, index) => {
            types.set(parameter.name, parameter.holder);
            env.set(parameter.name, undefined);
            if (parameter.holder === 'none') return;
            env.set(parameter.name, {
                kind: parameter.holder,
                root: { type: 'param', summary, index, assigned: new Set() },
                path: []
            });
        });
        const body = new MethodBody(this, summary, env, types);
        if (method.body) body.visit(method.body);
        if (summary.returnsUnknown) summary.returns = undefined;
        this.inProgress.delete(method);
        this.summaries.set(method, summary);
        return summary;
    }

    objectOf(name: string): ObjectSchema | undefined {
        return this.schema.object(name);
    }

    resolve(className: string, name: string, arity: number): MethodInfo | undefined {
        return this.index.resolve(className, name, arity);
    }

    isClass(name: string): boolean {
        return this.index.classNames.has(name.toLowerCase());
    }

    get classNames(): ReadonlySet<string> {
        return this.index.classNames;
    }

    report(field: string, objectName: string, source: string, at: Site, chain: string[]): void {
        const via = chain.length > 0 ? `; the record reaches this read through ${chain.join(' -> ')}` : '';
        const message =
            `'${field}' is read on ${/^[aeio]/i.test(objectName) ? 'an' : 'a'} ${objectName} record from ${source}, ` +
            `which does not select it (SObjectException at run time)${via}`;
        const id = `${at.file}:${at.line}:${at.column}:${message}`;
        if (!this.problems.has(id)) this.problems.set(id, { ...at, message });
    }
}

/** The analysis of one method body (or trigger body) with its variables. */
class MethodBody {
    constructor(
        private readonly analysis: QueriedFieldAnalysis,
        private readonly summary: Summary,
        private env: Env,
        private readonly types: Map<string, Holder>
    ) {}

    private get file(): string {
        return this.summary.method.file;
    }

    /** Visits a statement or any other node: expressions are evaluated, statements executed in order. */
    visit(node: unknown): void {
        if (Array.isArray(node)) {
            for (const item of node) this.visit(item);
            return;
        }
        if (!isNode(node)) return;
        const type = nodeClass(node);
        if (type.startsWith('ast.Expr$')) {
            this.evaluate(node);
            return;
        }
        switch (type) {
            case 'ast.VariableDecls':
                this.declare(node);
                return;
            case 'ast.Stmnt$ReturnStmnt':
                this.returns(optional(node, 'expr'));
                return;
            case 'ast.Stmnt$IfElseBlock':
                this.branches([
                    ...children(node, 'ifBlocks').map((block) => {
                        this.evaluate(child(block, 'expr'));
                        return child(block, 'stmnt');
                    }),
                    optional(optional(node, 'elseBlock') ?? {}, 'stmnt')
                ]);
                return;
            case 'ast.Stmnt$SwitchStmnt':
                this.evaluate(child(node, 'expr'));
                this.branches([...children(node, 'whenBlocks').map((block) => child(block, 'stmnt')), undefined]);
                return;
            case 'ast.Stmnt$ForLoop':
                this.forLoop(node);
                return;
            case 'ast.Stmnt$WhileLoop':
            case 'ast.Stmnt$DoLoop':
                this.branches([node, undefined], true);
                return;
            case 'ast.Stmnt$TryCatchFinallyBlock': {
                // In source order: the parse tree lists the catch blocks before the try block.
                const { tryBlock, catchBlocks, finallyBlock } = node;
                this.branches([{ tryBlock, catchBlocks, finallyBlock }, undefined], true);
                return;
            }
            default:
                for (const [name, value] of Object.entries(node)) if (name !== 'loc') this.visit(value);
        }
    }

    /** Runs each alternative on a copy of the variables; afterwards a variable keeps only a value all agree on. */
    private branches(alternatives: (ApexNode | undefined)[], generic = false): void {
        const before = this.env;
        const outcomes: Env[] = [];
        for (const alternative of alternatives) {
            this.env = new Map(before);
            if (alternative) {
                if (generic) {
                    for (const [name, value] of Object.entries(alternative)) if (name !== 'loc') this.visit(value);
                } else {
                    this.visit(alternative);
                }
            }
            outcomes.push(this.env);
        }
        this.env = before;
        for (const name of before.keys()) {
            const first = outcomes[0].get(name);
            before.set(name, outcomes.every((outcome) => sameValue(outcome.get(name), first)) ? first : undefined);
        }
    }

    private forLoop(node: ApexNode): void {
        const control = child(node, 'forControl');
        const body = optional(node, 'stmnt');
        if (control && nodeClass(control) === 'ast.ForControl$EnhancedForControl') {
            const init = child(control, 'init');
            const source = this.evaluate(optional(init ?? {}, 'expr'));
            const name = identifier(children(init ?? {}, 'name')[0] ?? child(init ?? {}, 'name'))?.name.toLowerCase();
            const before = this.env;
            this.env = new Map(before);
            if (name) {
                this.types.set(name, holderOf(child(control, 'type'), this.analysis.classNames));
                this.env.set(name, source ? this.element(source) : undefined);
            }
            this.visit(body);
            const inside = this.env;
            this.env = before;
            for (const variable of before.keys()) {
                if (!sameValue(before.get(variable), inside.get(variable))) before.set(variable, undefined);
            }
            return;
        }
        // A classic for loop (or one this reader does not know): it may not run at all.
        this.branches([node, undefined], true);
    }

    private declare(node: ApexNode): void {
        const holder = holderOf(child(node, 'type'), this.analysis.classNames);
        for (const decl of children(node, 'decls')) {
            const name = identifier(child(decl, 'name'))?.name.toLowerCase();
            const value = this.evaluate(optional(decl, 'assignment'));
            if (!name) continue;
            this.types.set(name, holder);
            this.env.set(name, this.coerce(value, holder));
        }
    }

    private returns(expr: ApexNode | undefined): void {
        const value = this.coerce(this.evaluate(expr), this.summary.method.returns);
        if (!value || value.root.type !== 'query') {
            this.summary.returnsUnknown = true;
        } else if (!this.summary.returnsSeen) {
            this.summary.returns = value;
        } else if (!sameValue(this.summary.returns, value)) {
            this.summary.returnsUnknown = true;
        }
        this.summary.returnsSeen = true;
    }

    /** Fits a value to the declared holder of its target: a query into a record, nothing into a mismatch. */
    private coerce(value: Value | undefined, holder: Holder): Value | undefined {
        if (!value) return undefined;
        if (value.kind === 'any') return { ...value, kind: holder === 'none' ? 'any' : holder };
        if (holder === value.kind) return { ...value, single: undefined };
        if (holder === 'record' && value.single) return { kind: 'record', root: value.root, path: value.path };
        return undefined;
    }

    /** The records a loop or an index takes out of a value. */
    private element(value: Value): Value | undefined {
        if (value.kind === 'list' || value.kind === 'map' || value.kind === 'any') {
            return { kind: value.kind === 'any' ? 'any' : 'record', root: value.root, path: value.path };
        }
        return undefined;
    }

    evaluate(node: ApexNode | undefined): Value | undefined {
        if (!node) return undefined;
        switch (nodeClass(node)) {
            case 'ast.Expr$SoqlExpr': {
                const query = child(node, 'query');
                this.visitBinds(query);
                const shape = query && readShape(query, isNode(node.loc) ? Number(node.loc.line) : undefined);
                if (!shape) return undefined;
                return {
                    kind: 'list',
                    root: { type: 'query', shape, file: this.file, assigned: new Set() },
                    path: [],
                    single: true
                };
            }
            case 'ast.Expr$VariableExpr':
                return this.chain(optional(node, 'dottedExpr'), children(node, 'names'), 'read');
            case 'ast.Expr$MethodCallExpr':
                return this.call(node);
            case 'ast.Expr$ArrayExpr': {
                const list = this.evaluate(child(node, 'expr'));
                this.evaluate(child(node, 'index'));
                return list && list.kind !== 'record' ? this.element(list) : undefined;
            }
            case 'ast.Expr$AssignmentExpr':
                return this.assign(node);
            case 'ast.Expr$NewExpr':
                return this.create(child(node, 'creator'));
            case 'ast.Expr$CastExpr':
            case 'ast.Expr$NestedExpr':
                return this.evaluate(child(node, 'expr'));
            case 'ast.Expr$TernaryExpr': {
                this.evaluate(child(node, 'condition'));
                const a = this.evaluate(child(node, 'trueExpr'));
                const b = this.evaluate(child(node, 'falseExpr'));
                return sameValue(a, b) ? a : undefined;
            }
            default:
                for (const [name, value] of Object.entries(node)) if (name !== 'loc') this.visit(value);
                return undefined;
        }
    }

    /** Apex inside a query (`:binds`) is evaluated for its own reads. */
    private visitBinds(query: ApexNode | undefined): void {
        const search = (node: unknown): void => {
            if (Array.isArray(node)) return node.forEach(search);
            if (!isNode(node)) return;
            if (nodeClass(node) === 'soql.QueryExpr$ApexExpr') {
                this.evaluate(child(node, 'expr'));
                return;
            }
            for (const [name, value] of Object.entries(node)) if (name !== 'loc') search(value);
        };
        search(query);
    }

    /**
     * Resolves `base.a.b` (or `a.b.c` from a variable): each member of a record value is a read (`mode: 'read'`),
     * except the last when it is assigned (`'assign'`). Returns the value reached, when it still holds records.
     */
    private chain(
        dotted: ApexNode | undefined,
        names: ApexNode[],
        mode: 'read' | 'assign',
        members = names.map((name) => identifier(name)).filter((name): name is ApexIdentifier => !!name)
    ): Value | undefined {
        let value: Value | undefined;
        let rest = members;
        if (dotted) {
            value = this.evaluate(dotted);
        } else {
            const [first] = members;
            if (!first || !this.env.has(first.name.toLowerCase())) return undefined;
            value = this.env.get(first.name.toLowerCase());
            rest = members.slice(1);
        }
        for (const [index, member] of rest.entries()) {
            if (!value) return undefined;
            const last = index === rest.length - 1;
            value = this.member(value, member, last && mode === 'assign' ? 'assign' : 'read');
        }
        return value;
    }

    /** Reads (or assigns) `member` on a value that holds records. */
    member(value: Value, member: ApexIdentifier, mode: 'read' | 'assign'): Value | undefined {
        if (value.kind !== 'record' && value.kind !== 'any') return undefined;
        const path = [...value.path, member.name];
        if (mode === 'assign') {
            value.root.assigned.add(key(path));
            if (value.root.type === 'param') this.summary.assigns.push({ param: value.root.index, path });
            return undefined;
        }
        const at = { file: this.file, line: member.line, column: member.column };
        if (value.root.type === 'param') {
            if (!wasAssigned(value.root, path)) {
                this.summary.reads.push({ param: value.root.index, path, at, chain: [] });
            }
            return { kind: 'any', root: value.root, path };
        }
        return this.queryMember(value.root, path, at, []);
    }

    /** Interprets a member path on the records of a query: a field read (checked), a lookup, or a sub-query. */
    queryMember(root: QueryRoot, path: string[], at: Site, chain: string[]): Value | undefined {
        let shape = root.shape;
        let object = this.analysis.objectOf(shape.from);
        /** The object of the records of the current (sub-)query and where its rows come from. */
        let rowObject = object?.name ?? shape.from;
        let source = `the query at ${root.file}:${root.shape.line}`;
        let prefix: string[] = [];
        let start = 0;
        for (const [index, name] of path.entries()) {
            const last = index === path.length - 1;
            const lower = name.toLowerCase();
            const sub = prefix.length === 0 ? shape.children.get(lower) : undefined;
            if (sub) {
                const relationship = object?.field(lower);
                object = relationship?.target ? this.analysis.objectOf(relationship.target) : undefined;
                rowObject = object?.name ?? sub.from;
                source = `the sub-query on ${sub.from} (line ${sub.line}) of ${source}`;
                shape = sub;
                start = index + 1;
                if (last) return { kind: 'list', root, path };
                continue;
            }
            const field = object?.field(lower);
            if (!field || field.type === 'children') return undefined;
            if (field.type === 'reference') {
                prefix = [...prefix, lower];
                if (shape.typeOfs.has(prefix.join('.'))) return undefined;
                object = field.target ? this.analysis.objectOf(field.target) : undefined;
                if (last) return { kind: 'record', root, path };
                continue;
            }
            if (!last) return undefined;
            if (wasAssigned(root, path) || selects(shape, prefix, lower)) return undefined;
            // A lookup the query names no field of: whether reading through it throws or gives null is not settled here.
            if (prefix.length > 0 && !selectsUnder(shape, prefix)) return undefined;
            this.analysis.report(path.slice(start).join('.'), rowObject, source, at, chain);
            return undefined;
        }
        return undefined;
    }

    private assign(node: ApexNode): Value | undefined {
        const left = child(node, 'left');
        const right = this.evaluate(child(node, 'right'));
        const op = child(node, 'op');
        const plain = (op?.$ ?? 'EQUALS') === 'EQUALS';
        if (!left) return undefined;
        if (nodeClass(left) === 'ast.Expr$VariableExpr') {
            const dotted = optional(left, 'dottedExpr');
            const names = children(left, 'names');
            if (!dotted && names.length === 1) {
                const name = identifier(names[0])?.name.toLowerCase();
                if (name && this.env.has(name)) {
                    this.env.set(name, plain ? this.coerce(right, this.types.get(name) ?? 'none') : undefined);
                }
                return undefined;
            }
            this.chain(dotted, names, 'assign');
            return undefined;
        }
        if (nodeClass(left) === 'ast.Expr$ArrayExpr') {
            // `list[i] = other`: the list may now hold other records.
            this.forget(child(left, 'expr'));
            this.evaluate(child(left, 'index'));
            return undefined;
        }
        this.evaluate(left);
        return undefined;
    }

    /** A collection changed by `add`, `put`, `list[i] =`: its variable no longer stands for one query's records. */
    private forget(expr: ApexNode | undefined): void {
        if (!expr || nodeClass(expr) !== 'ast.Expr$VariableExpr' || optional(expr, 'dottedExpr')) {
            this.evaluate(expr);
            return;
        }
        const names = children(expr, 'names');
        const name = identifier(names[0])?.name.toLowerCase();
        if (names.length === 1 && name && this.env.has(name)) this.env.set(name, undefined);
    }

    private create(creator: ApexNode | undefined): Value | undefined {
        if (!creator) return undefined;
        switch (nodeClass(creator)) {
            case 'ast.NewObject$NewMapInit':
            case 'ast.NewObject$NewListInit':
            case 'ast.NewObject$NewSetInit': {
                const source = this.evaluate(optional(creator, 'expr'));
                if (!source || (source.kind !== 'list' && source.kind !== 'map' && source.kind !== 'any')) {
                    return undefined;
                }
                const kind = nodeClass(creator) === 'ast.NewObject$NewMapInit' ? 'map' : 'list';
                return { kind, root: source.root, path: source.path };
            }
            case 'ast.NewObject$NewListLiteral':
            case 'ast.NewObject$NewSetLiteral': {
                const values = children(creator, 'values').map((value) => this.evaluate(value));
                const [first] = values;
                if (!first || !values.every((value) => sameValue(value, first))) return undefined;
                const record = first.kind === 'any' ? first : this.coerce(first, 'record');
                return record ? { kind: 'list', root: record.root, path: record.path } : undefined;
            }
            default:
                this.visit(creator);
                return undefined;
        }
    }

    private call(node: ApexNode): Value | undefined {
        const names = children(node, 'names')
            .map((name) => identifier(name))
            .filter((name): name is ApexIdentifier => !!name);
        const dotted = optional(node, 'dottedExpr');
        const args = children(node, 'inputParameters');
        const method = names[names.length - 1];
        if (!method) return undefined;
        const receiverNames = names.slice(0, -1);
        const localReceiver =
            dotted !== undefined || (receiverNames.length > 0 && this.env.has(receiverNames[0].name.toLowerCase()));
        if (localReceiver) {
            const receiver = this.chain(dotted, [], 'read', receiverNames);
            return this.builtIn(receiver, method.name.toLowerCase(), args, node);
        }
        const values = args.map((arg) => this.evaluate(arg));
        let callee: MethodInfo | undefined;
        if (receiverNames.length === 0) {
            callee = this.analysis.resolve(this.summary.method.className, method.name, args.length);
        } else if (receiverNames.length === 1 && this.analysis.isClass(receiverNames[0].name)) {
            callee = this.analysis.resolve(receiverNames[0].name, method.name, args.length);
        }
        if (!callee) return undefined;
        const summary = this.analysis.summaryOf(callee);
        if (!summary) return undefined;
        const edge = `${callee.className}.${callee.name} (called at ${this.file}:${method.line})`;
        summary.method.parameters.forEach((parameter, index) => {
            const value = this.coerce(values[index], parameter.holder);
            if (!value) return;
            for (const read of summary.reads.filter((requirement) => requirement.param === index)) {
                const chain = [edge, ...read.chain];
                if (chain.length > MAX_CALL_DEPTH) continue;
                this.replay(value, read.path, read.at, chain);
            }
            for (const assigned of summary.assigns.filter((assignment) => assignment.param === index)) {
                value.root.assigned.add(key([...value.path, ...assigned.path]));
                if (value.root.type === 'param') {
                    this.summary.assigns.push({ param: value.root.index, path: [...value.path, ...assigned.path] });
                }
            }
        });
        return summary.returns;
    }

    /** A callee's read of `path` on a parameter, replayed on the caller's value. */
    private replay(value: Value, path: string[], at: Site, chain: string[]): void {
        const full = [...value.path, ...path];
        if (wasAssigned(value.root, full)) return;
        if (value.root.type === 'param') {
            this.summary.reads.push({ param: value.root.index, path: full, at, chain });
            return;
        }
        this.queryMember(value.root, full, at, chain);
    }

    /** Methods of lists, maps and records that keep (or read) the records; any other call gives nothing. */
    private builtIn(receiver: Value | undefined, method: string, args: ApexNode[], node: ApexNode): Value | undefined {
        const literal = args.length === 1 ? stringLiteral(args[0]) : undefined;
        if (!receiver) {
            for (const arg of args) this.evaluate(arg);
            return undefined;
        }
        const isRecord = receiver.kind === 'record' || (receiver.kind === 'any' && literal !== undefined);
        // Code that asks `isSet('F')` guards its reads of F: they are not judged.
        if (isRecord && literal && method === 'isset') {
            this.member(receiver, literal, 'assign');
            return undefined;
        }
        if (isRecord && literal && ['get', 'getsobject', 'getsobjects'].includes(method)) {
            return this.member(receiver, { ...literal, name: literal.name }, 'read');
        }
        if (isRecord && literal === undefined && args.length === 2 && method === 'put') {
            const name = stringLiteral(args[0]);
            this.evaluate(args[1]);
            if (name) this.member(receiver, name, 'assign');
            return undefined;
        }
        for (const arg of args) this.evaluate(arg);
        if (receiver.kind === 'record') return undefined;
        if ((method === 'get' && args.length === 1) || method === 'values' || method === 'deepclone') {
            if (method === 'get') return this.element(receiver);
            return { kind: receiver.kind === 'any' ? 'any' : 'list', root: receiver.root, path: receiver.path };
        }
        if (['add', 'addall', 'put', 'putall', 'set'].includes(method)) {
            const target = optional(node, 'dottedExpr');
            const names = children(node, 'names');
            if (!target && names.length === 2) {
                const name = identifier(names[0])?.name.toLowerCase();
                if (name) this.env.set(name, undefined);
            }
        }
        return undefined;
    }
}

function stringLiteral(node: ApexNode): ApexIdentifier | undefined {
    if (nodeClass(node) !== 'ast.Expr$LiteralExpr') return undefined;
    const literal = child(node, 'literal');
    const value = literal?.$;
    if (nodeClass(literal ?? {}) !== 'string' || typeof value !== 'string') return undefined;
    const loc = isNode(node.loc) ? node.loc : {};
    return {
        name: value,
        line: typeof loc.line === 'number' ? loc.line : 0,
        column: typeof loc.column === 'number' ? loc.column : 0
    };
}

/** Whether the query selects any field through the lookup path `prefix`. */
function selectsUnder(shape: QueryShape, prefix: string[]): boolean {
    const base = `${prefix.join('.')}.`;
    return [...shape.selected].some((selected) => selected.startsWith(base));
}

/** Whether `field` under the lookup `prefix` comes back from a query of this shape. */
function selects(shape: QueryShape, prefix: string[], field: string): boolean {
    if (shape.unknown || field === 'id') return true;
    const base = prefix.length > 0 ? `${prefix.join('.')}.` : '';
    if (shape.selected.has(base + field)) return true;
    for (const selected of shape.selected) {
        if (!selected.startsWith(base)) continue;
        const rest = selected.slice(base.length).split('.');
        // The id field of a lookup whose fields are selected (AccountId with Account.Name): not judged.
        if (rest.length > 1 && (field === `${rest[0]}id` || field === rest[0].replace(/__r$/, '__c'))) return true;
        // Address and location components come with their compound field and vice versa: not judged.
        const part = COMPOUND_PART.exec(field);
        if (rest.length === 1 && part && rest[0].startsWith(part[1]) && rest[0].endsWith('address')) return true;
        if (rest.length === 1 && field.endsWith('address') && rest[0].startsWith(field.replace(/address$/, ''))) {
            return true;
        }
    }
    return false;
}
