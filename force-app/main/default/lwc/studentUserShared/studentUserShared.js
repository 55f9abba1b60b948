/**
 * What the Enable Student User form and the cohort page share (import it as `c/studentUserShared`): Custom Label
 * formatting, the readable text of any error (wire errors, rejected Apex calls, JavaScript errors), the JSON refusal
 * `{code, field, message, fix}` that StudentUserController and StudentCohortController throw, the fix of a result
 * (`errorFix`), the address of a user record, and the cohort tables' Login status column (the row detail).
 */

/**
 * A refusal of a controller (its AuraHandledException carries JSON), or any other error as readable text.
 * @typedef {object} ServerError
 * @property {string | null} code an error code of docs/api.md (e.g. `USERNAME_TAKEN`, `PERMISSION_DENIED`); null
 *   when the message is not the JSON of the contract
 * @property {string | null} field the request field concerned, e.g. `username`; null when none
 * @property {string} message what went wrong (without the fix when the refusal gives the fix apart)
 * @property {string | null} fix what to do, when the refusal gives it (`fix`); null from an older server or for any
 *   other error
 */

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isRecord(value) {
    return typeof value === 'object' && value !== null;
}

/**
 * @param {unknown} value
 * @returns {string | null} the value when it is a non-blank string
 */
export function nonBlank(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * Fills `{0}`, `{1}`, ... of a Custom Label; a placeholder without a value (missing, null or undefined) stays as it is.
 * @param {string} template
 * @param {...(string | number | null | undefined)} values
 * @returns {string}
 */
export function formatLabel(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (placeholder, index) => {
        const value = values[Number(index)];
        return value === undefined || value === null ? placeholder : String(value);
    });
}

/**
 * The page reference of a user's record page: links go through the navigation service (NavigationMixin), which
 * gives the right URL in every container (Lightning Experience, console apps, the mobile app), unlike a hand-built
 * `/lightning/r/...` path (LWC Developer Guide, "Navigate to Pages, Records, and Lists").
 * @param {string} userId
 * @returns {{ type: 'standard__recordPage', attributes: { recordId: string, objectApiName: 'User', actionName: 'view' } }}
 */
export function userPageReference(userId) {
    return {
        type: 'standard__recordPage',
        attributes: { recordId: userId, objectApiName: 'User', actionName: 'view' }
    };
}

/**
 * The record page URLs of users not in `known`, from the navigation service (a datatable url column needs the URL
 * itself, so the cohort tables ask for each new user's once). A URL the service does not give is left out.
 * @param {(pageRef: ReturnType<typeof userPageReference>) => Promise<unknown> | unknown} generate the component's
 *   `this[NavigationMixin.GenerateUrl]`
 * @param {ReadonlyMap<string, string>} known
 * @param {readonly { userId?: string | null }[]} results the results of a call (their `userId`)
 * @returns {Promise<Map<string, string>>} the new URLs only
 */
export async function newUserUrls(generate, known, results) {
    const userIds = results.map((result) => result.userId);
    const missing = [...new Set(userIds.filter((id) => typeof id === 'string' && id !== '' && !known.has(id)))];
    const urls = await Promise.all(
        missing.map((id) => Promise.resolve(generate(userPageReference(/** @type {string} */ (id)))).catch(() => ''))
    );
    const added = new Map();
    missing.forEach((id, index) => {
        if (typeof urls[index] === 'string' && urls[index] !== '') added.set(id, urls[index]);
    });
    return added;
}

/**
 * Messages of an Apex/UI API error body: `{message}`, `[{message}]`, or `{pageErrors, fieldErrors}`.
 * @param {unknown} body
 * @returns {string[]}
 */
function messagesOfBody(body) {
    if (Array.isArray(body)) {
        return body.flatMap(messagesOfBody);
    }
    if (!isRecord(body)) {
        const message = nonBlank(body);
        return message ? [message] : [];
    }
    /** @type {string[]} */
    const messages = [];
    const message = nonBlank(body.message);
    if (message) {
        messages.push(message);
    }
    if (Array.isArray(body.pageErrors)) {
        messages.push(...body.pageErrors.flatMap(messagesOfBody));
    }
    if (isRecord(body.fieldErrors)) {
        messages.push(...Object.values(body.fieldErrors).flatMap(messagesOfBody));
    }
    return messages;
}

/**
 * Every readable message in an error, in order, without duplicates.
 * @param {unknown} error a wire/Apex error (`{body}`), an `Error`, a string, or a list of those
 * @returns {string[]}
 */
export function reduceErrors(error) {
    /** @type {string[]} */
    let messages;
    if (Array.isArray(error)) {
        messages = error.flatMap(reduceErrors);
    } else if (isRecord(error) && 'body' in error) {
        messages = messagesOfBody(error.body);
        const statusText = nonBlank(error.statusText);
        if (messages.length === 0 && statusText) {
            messages = [statusText];
        }
    } else if (isRecord(error)) {
        const message = nonBlank(error.message);
        messages = message ? [message] : [];
    } else {
        const message = nonBlank(error);
        messages = message ? [message] : [];
    }
    return [...new Set(messages)];
}

/**
 * One readable line for an error, or the fallback when it carries no message. A controller's JSON refusal
 * (`{code, field, message, fix}`) reads as its message and fix, never as the raw JSON: every error shown anywhere
 * goes through this helper or parseServerError.
 * @param {unknown} error
 * @param {string} fallback
 * @returns {string}
 */
export function errorText(error, fallback) {
    const messages = reduceErrors(error).map((message) => {
        const refusal = parseRefusal(message);
        return refusal ? messageWithFix(refusal) : message;
    });
    return messages.length > 0 ? messages.join(' ') : fallback;
}

/**
 * The message and the fix apart. The server gives the fix in its own field (`errorFix` of a result, `fix` of a
 * refusal) and may still end the message with it (docs/api.md: "the fix the message gives"): the fix is then not
 * shown twice. Without a fix (an older server), the message is shown whole.
 * @param {string | null | undefined} message
 * @param {string | null | undefined} fix
 * @returns {{ message: string, fix: string }}
 */
export function messageAndFix(message, fix) {
    const whole = message ?? '';
    const fixText = nonBlank(fix)?.trim() ?? '';
    if (fixText && whole.trimEnd().endsWith(fixText)) {
        const reason = whole
            .trimEnd()
            .slice(0, whole.trimEnd().length - fixText.length)
            .trim();
        return { message: reason || whole.trim(), fix: reason ? fixText : '' };
    }
    return { message: whole, fix: fixText };
}

/**
 * The JSON `{code, field, message, fix}` of a refusal, or null when the text is not that JSON.
 * @param {string} raw
 * @returns {ServerError | null}
 */
function parseRefusal(raw) {
    if (!raw.trim().startsWith('{')) {
        return null;
    }
    try {
        const parsed = JSON.parse(raw);
        if (!isRecord(parsed) || !nonBlank(parsed.message)) {
            return null;
        }
        const message = /** @type {string} */ (parsed.message);
        const parts = messageAndFix(message, nonBlank(parsed.fix));
        return {
            code: nonBlank(parsed.code),
            field: nonBlank(parsed.field),
            message: parts.message,
            fix: parts.fix || null
        };
    } catch {
        return null;
    }
}

/**
 * Reads a rejected Apex call: the JSON refusal `{code, field, message, fix}` of the controllers (an
 * AuraHandledException), or, for any other error (a platform failure, a lost connection, a JavaScript error), its
 * readable text with `code`, `field` and `fix` null.
 * @param {unknown} error the rejection of the Apex call, or a wire error
 * @param {string} fallback text when the error carries no message
 * @returns {ServerError}
 */
export function parseServerError(error, fallback) {
    const first = reduceErrors(error)[0];
    const refusal = first ? parseRefusal(first) : null;
    return refusal ?? { code: null, field: null, message: errorText(error, fallback), fix: null };
}

/**
 * The message of a server error with its fix, as one text (for a place that shows one line, such as a field's error).
 * @param {ServerError} serverError
 * @returns {string}
 */
export function messageWithFix(serverError) {
    return serverError.fix ? `${serverError.message} ${serverError.fix}` : serverError.message;
}

/**
 * The licences and profiles both contexts carry (the form's and the cohort page's).
 * @typedef {object} ProfileCatalog
 * @property {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContextLicense[]} licenses
 * @property {import('@salesforce/apex/StudentUserController.getEnableContext').EnableContextProfile[]} profiles
 */

/**
 * The profile to preselect for a licence: the server's default profile of that licence (`licenses[].defaultProfileId`,
 * the service's own rule, computed once on the server), when it is offered for that licence. No rule of its own: ''
 * when the server names none, and the admin chooses.
 * @param {ProfileCatalog} catalog
 * @param {string} licenseKey
 * @returns {string}
 */
export function serverDefaultProfileId(catalog, licenseKey) {
    const serverDefault = catalog.licenses.find((license) => license.key === licenseKey)?.defaultProfileId;
    const offered = catalog.profiles.some(
        (profile) => profile.licenseKey === licenseKey && profile.id === serverDefault
    );
    return offered && serverDefault ? serverDefault : '';
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces.
 * @param {string} value
 * @returns {string}
 */
export function csvCell(value) {
    return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
 * possibly after quotes added here) gets a leading `'` (OWASP "CSV Injection"); neutralizeFormulaCell of the CLI.
 * @param {string} value
 * @returns {string}
 */
export function neutralizeFormulaCell(value) {
    return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The columns of an enable results CSV, in order: the cohort page's download and the CLI's results files
 * (scripts/student-users/results-format.ts imports this list; one list for both).
 */
export const RESULT_COLUMNS = Object.freeze(
    /** @type {const} */ ([
        'row',
        'contactId',
        'email',
        'status',
        'userId',
        'username',
        'ownerRoleAssigned',
        'ownerName',
        'ownerRoleName',
        'errorCode',
        'errorField',
        'message',
        'siteNames',
        'loginUrl',
        'emailDecision'
    ])
);

/** The columns of a lifecycle results CSV, in order: the cohort page's lifecycle download and the CLI's. */
export const LIFECYCLE_RESULT_COLUMNS = Object.freeze(
    /** @type {const} */ ([
        'row',
        'contactId',
        'email',
        'action',
        'status',
        'userId',
        'username',
        'errorCode',
        'errorField',
        'message',
        'errorFix'
    ])
);

/**
 * A results CSV in the CLI's format: the header, then one line per row sorted by its `row` number; text cells
 * neutralised against formula injection, numbers and booleans written as they are; `\n` line endings.
 * @param {readonly string[]} columns the columns, in order
 * @param {readonly ({ row: number } & Record<string, unknown>)[]} rows absent values are empty strings
 * @returns {string}
 */
export function csvText(columns, rows) {
    const sorted = [...rows].sort((a, b) => a.row - b.row);
    const line = (/** @type {Record<string, unknown>} */ row) =>
        columns
            .map((column) => {
                const value = row[column];
                if (typeof value === 'boolean' || typeof value === 'number') {
                    return String(value);
                }
                return csvCell(neutralizeFormulaCell(String(value ?? '')));
            })
            .join(',');
    return [columns.join(','), ...sorted.map(line)].join('\n') + '\n';
}

/**
 * The Blob type of a downloaded results file. Lightning Web Security refuses `text/csv` and any MIME type parameter
 * (`;charset=...`) in a Blob ("Specify a MIME Type for Blob Objects in Lightning Web Security": allowed types include
 * text/plain and application/octet-stream; others fail with "Unsupported MIME type"); the `.csv` name is what makes
 * it a CSV file, and Blob text is always stored as UTF-8.
 */
export const DOWNLOAD_BLOB_TYPE = 'text/plain';

/**
 * Downloads `text` as the file `fileName`, built at the moment of the click (not kept in a getter or the template).
 * A `blob:` URL on a detached anchor, as Lightning Web Security asks ("Use Blob Objects for Download Links": data:
 * URIs in anchors are blocked); no size cap of data: URLs applies.
 * @param {string} text
 * @param {string} fileName
 */
export function downloadTextFile(text, fileName) {
    const url = URL.createObjectURL(new Blob([text], { type: DOWNLOAD_BLOB_TYPE }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
}

/** Rows per page of a cohort table (c-student-cohort-pager): half of the datatable's 1,000 for its 8 columns. */
export const COHORT_PAGE_SIZE = 500;

/** @type {WeakMap<object, { page: number, key: unknown, view: unknown[] }>} */
const PAGE_VIEWS = new WeakMap();

/**
 * The table rows of one page, built only for that page (a run replaces `rows` after each chunk: only the shown page
 * is rebuilt, not thousands of rows), kept per rows array and page.
 * @template Row, View
 * @param {readonly Row[]} rows
 * @param {number} page 0-based; clamped to the last page
 * @param {(row: Row) => View} toView
 * @param {unknown} [key] what else the view depends on (e.g. the users' URLs): another key rebuilds the page
 * @returns {{ page: number, offset: number, size: number, view: View[] }}
 */
export function pageOfRows(rows, page, toView, key) {
    const last = Math.max(0, Math.ceil(rows.length / COHORT_PAGE_SIZE) - 1);
    const shown = Math.min(Math.max(0, page), last);
    const cached = PAGE_VIEWS.get(rows);
    if (cached?.page !== shown || cached.key !== key) {
        const view = rows.slice(shown * COHORT_PAGE_SIZE, (shown + 1) * COHORT_PAGE_SIZE).map(toView);
        PAGE_VIEWS.set(rows, { page: shown, key, view });
    }
    const entry = /** @type {{ page: number, view: View[] }} */ (PAGE_VIEWS.get(rows));
    return { page: shown, offset: shown * COHORT_PAGE_SIZE, size: COHORT_PAGE_SIZE, view: entry.view };
}

/**
 * A value computed once per source object (a rows array that is replaced, never mutated), kept in `cache`: table rows
 * and download links are then not rebuilt on every render.
 * @template T
 * @param {WeakMap<object, T>} cache
 * @param {object} source
 * @param {() => T} compute
 * @returns {T}
 */
export function derivedFrom(cache, source, compute) {
    if (!cache.has(source)) cache.set(source, compute());
    return /** @type {T} */ (cache.get(source));
}

/**
 * The rows of a chunked cohort run (enable or lifecycle) with the results of one call merged in by contact id (the
 * service answers one result per request); a check replaces the check and clears the outcome, a run sets the outcome;
 * either clears `notSent`. A new array; rows without a result are returned unchanged.
 * @template {{ contactId: string }} Row
 * @param {readonly Row[]} rows
 * @param {readonly { contactId?: string | null }[]} results
 * @param {'check' | 'outcome'} kind
 * @returns {Row[]}
 */
export function mergeResults(rows, results, kind) {
    const byContact = new Map(results.map((result) => [result.contactId, result]));
    return rows.map((row) => {
        const result = byContact.get(row.contactId);
        if (!result) {
            return row;
        }
        return kind === 'check'
            ? { ...row, check: result, outcome: null, notSent: false }
            : { ...row, outcome: result, notSent: false };
    });
}

/**
 * The rows with the given students marked as not sent (a cancelled run).
 * @template {{ contactId: string }} Row
 * @param {readonly Row[]} rows
 * @param {ReadonlySet<string>} contactIds
 * @returns {Row[]}
 */
export function markNotSent(rows, contactIds) {
    return rows.map((row) => (contactIds.has(row.contactId) ? { ...row, notSent: true } : row));
}

/** Students per call when the server does not say (StudentUserService.MAX_REQUESTS, StudentLifecycleService.MAX_REQUESTS). */
export const DEFAULT_STUDENTS_PER_CALL = 200;

/**
 * The students the cohort page sends per Apex call: the server's per-call budget (`maxStudentsPerCall` of
 * getCohortContext and getCohortAccess) when it is a positive whole number, DEFAULT_STUDENTS_PER_CALL otherwise.
 * @param {unknown} maxStudentsPerCall as the server sent it
 * @returns {number}
 */
export function studentsPerCall(maxStudentsPerCall) {
    return typeof maxStudentsPerCall === 'number' && Number.isInteger(maxStudentsPerCall) && maxStudentsPerCall > 0
        ? maxStudentsPerCall
        : DEFAULT_STUDENTS_PER_CALL;
}

/**
 * The most students the cohort page sends from the browser (Check and Run, DEFAULT_STUDENTS_PER_CALL a call): 10 calls of
 * 200. Above it the page requires the in-org run (c-student-cohort-in-org-run), which the org carries out by itself and
 * which goes on after the page is closed; at or below it, both are offered (docs/cohort.md, "In-org run").
 */
export const BROWSER_RUN_MAX_STUDENTS = 2000;

/** The name of the cohort tables' row action that opens the row detail (the datatable's `rowaction` carries it). */
export const LOGIN_STATUS_ACTION = 'login_status';

/**
 * The strings of the Login status column (Custom Labels SPU_Cohort_Row_Detail_*, in each table's LABELS).
 * @typedef {object} LoginStatusLabels
 * @property {string} loginStatusColumn the column
 * @property {string} loginStatusButton the button in each row
 * @property {string} loginStatusTitle the button's title ({0} the student)
 * @property {string} loginStatusNoUser the disabled button's title ({0} the student)
 */

/**
 * The fields a cohort table row needs for the Login status column: the button is enabled only when the row already
 * knows the student's portal user (a result with a user id); its title names the student.
 * @param {string} name the student
 * @param {string | null | undefined} userId the portal user the row knows of
 * @param {LoginStatusLabels} labels
 * @returns {{ loginStatusDisabled: boolean, loginStatusTitle: string }}
 */
export function loginStatusFields(name, userId, labels) {
    return {
        loginStatusDisabled: !userId,
        loginStatusTitle: formatLabel(userId ? labels.loginStatusTitle : labels.loginStatusNoUser, name)
    };
}

/**
 * The lightning-datatable column of the row detail: one "Login status" button per row (disabled without a portal
 * user), which fires the table's `rowaction` with LOGIN_STATUS_ACTION.
 * @param {LoginStatusLabels} labels
 * @returns {object}
 */
export function loginStatusColumn(labels) {
    return {
        type: 'button',
        label: labels.loginStatusColumn,
        initialWidth: 140,
        typeAttributes: {
            label: labels.loginStatusButton,
            name: LOGIN_STATUS_ACTION,
            title: { fieldName: 'loginStatusTitle' },
            disabled: { fieldName: 'loginStatusDisabled' }
        }
    };
}

/**
 * The student a datatable `rowaction` event asks about, or null (another action, or a row without a portal user).
 * @param {CustomEvent} event
 * @returns {{ contactId: string, name: string } | null}
 */
export function detailTarget(event) {
    const { action, row } = event.detail ?? {};
    if (action?.name !== LOGIN_STATUS_ACTION || !row?.contactId || row.loginStatusDisabled) {
        return null;
    }
    return { contactId: row.contactId, name: row.name };
}
