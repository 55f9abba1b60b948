import { api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getCohortAccess from '@salesforce/apex/StudentCohortController.getCohortAccess';
import getCohortContext from '@salesforce/apex/StudentCohortController.getCohortContext';
import resolveStudents from '@salesforce/apex/StudentCohortController.resolveStudents';
import checkStudents from '@salesforce/apex/StudentCohortController.checkStudents';
import enableStudents from '@salesforce/apex/StudentCohortController.enableStudents';
import {
    BROWSER_RUN_MAX_STUDENTS,
    derivedFrom,
    downloadTextFile,
    formatLabel as format,
    messageWithFix,
    parseServerError,
    studentsPerCall
} from 'c/studentUserShared';
import { LABELS } from './labels';
import { RESOLVE_CHUNK_SIZE, chunk, parseEntries } from './chunks';
import {
    ZONE_FIXED,
    ZONE_SUGGESTED,
    buildRequest,
    runEnableOptions,
    defaultProfileFor,
    initialSettings,
    isDone,
    isReady,
    normalizeContext,
    rowsFromStudents,
    settingsKey,
    toResultRow
} from './cohortModel';
import { countRows, licenseNeeds } from './counts';
import { columns, rowView } from './rowView';
import { resultsCsv as buildResultsCsv } from './csv';
import { ACTION_LABELS } from './actionLabels';
import { ENABLE, actionOptions, normalizeAccess } from './actions';
import { CohortTableMixin } from 'c/studentCohortTable';

/** @typedef {import('@salesforce/apex/StudentCohortController.getCohortContext').CohortContext} CohortContext */
/** @typedef {import('@salesforce/apex/StudentCohortController.getCohortContext').WiredCohortContext} WiredCohortContext */
/** @typedef {import('@salesforce/apex/StudentCohortController.resolveStudents').CohortIssue} CohortIssue */
/** @typedef {import('@salesforce/apex/StudentCohortController.resolveStudents').CohortStudent} CohortStudent */
/** @typedef {import('@salesforce/apex/StudentUserController.enableStudentUser').StudentUserRequest} StudentUserRequest */
/** @typedef {import('@salesforce/apex/StudentUserController.enableStudentUser').StudentUserResult} StudentUserResult */
/** @typedef {import('./cohortModel').CohortRow} CohortRow */
/** @typedef {import('./cohortModel').CohortSettings} CohortSettings */
/** @typedef {'resolve' | 'check' | 'enable'} Task */

const DOWNLOAD_NAME = 'student-cohort.results.csv';

/**
 * Table rows and the CSV link are derived from `rows`, which is replaced (never mutated) on every change: computed
 * once per `rows` array, not on every render (a progress tick would otherwise rebuild 500 rows and the CSV).
 */
const LIFECYCLE_STUDENTS = new WeakMap();

/**
 * The cohort page (tab, app page, and the screen of the flow the Contact list view button launches): pick students,
 * set the shared settings, Check (validate-only) and Enable them in chunks of the server's per-call budget, one Apex call per chunk,
 * and download the results in the CLI's format. A re-run only sends students that are not enabled yet.
 */
export default class StudentCohort extends CohortTableMixin(rowView, LABELS) {
    /** @type {string[] | undefined} Contact ids from the flow (the list view's selected records) */
    @api ids;

    labels = LABELS;
    columns = columns(LABELS);
    zoneFixed = ZONE_FIXED;

    /** @type {CohortContext | undefined} */
    context;
    /** @type {CohortSettings | undefined} */
    settings;
    /** @type {string | undefined} why the page cannot be used (no permission, load failure) */
    loadError;
    /** @type {import('./actions').CohortAccess} the modes the user may use (enabling only until known) */
    access = normalizeAccess(undefined);
    accessLoaded = false;
    /** the chosen action: ENABLE, or a lifecycle action (c-student-cohort-lifecycle) */
    action = ENABLE;
    actionLabel = ACTION_LABELS.ENABLE;
    confirmDisable = false;
    /** the lifecycle child is checking or running */
    lifecycleBusy = false;
    entriesText = '';
    /** records the list view passed, or 0 */
    fromListViewCount = 0;
    /** @type {CohortRow[]} */
    rows = [];
    /** @type {CohortIssue[]} */
    issues = [];
    /** @type {Task | null} */
    task = null;
    progressDone = 0;
    progressTotal = 0;
    cancelRequested = false;
    /** the table page shown, 0-based */
    page = 0;
    /** @type {Map<string, string>} users' record page URLs, from the navigation service */
    userUrls = new Map();
    /** real calls of the last run that returned (each writes one run record) */
    callsRecorded = 0;
    /** @type {string | null} the settings of the last check */
    checkedKey = null;
    /** announced in the live region after a run */
    statusMessage = '';
    /** why the last call failed */
    errorMessage = '';

    connectedCallback() {
        const ids = Array.isArray(this.ids) ? this.ids.filter((id) => typeof id === 'string' && id.trim() !== '') : [];
        if (ids.length > 0) {
            this.fromListViewCount = ids.length;
            this.entriesText = ids.join('\n');
            this.findStudents();
        }
    }

    /** @type {WiredCohortContext | undefined} the wired context, for refreshApex */
    wiredContextResult;

    /** @param {WiredCohortContext} result */
    @wire(getCohortContext)
    wiredContext(result) {
        this.wiredContextResult = result;
        const { data, error } = result;
        if (data) {
            this.context = normalizeContext(data);
            this.settings = this.settings ?? initialSettings(this.context);
            this.loadError = undefined;
        } else if (error) {
            this.context = undefined;
            this.loadError = messageWithFix(parseServerError(error, LABELS.loadError));
        }
    }

    /** @param {import('@salesforce/apex/StudentCohortController.getCohortAccess').WiredCohortAccess} result */
    @wire(getCohortAccess)
    wiredAccess({ data }) {
        if (data) {
            this.access = normalizeAccess(data);
            this.accessLoaded = true;
            const options = this.actionOptions;
            const chosen = options.find((option) => option.value === this.action) ?? options[0];
            this.action = chosen?.value ?? ENABLE;
            this.actionLabel = chosen?.label ?? ACTION_LABELS.ENABLE;
        }
    }

    // ----- view -----

    get actionOptions() {
        return actionOptions(this.access, ACTION_LABELS);
    }

    get showActionPicker() {
        return this.actionOptions.length > 1;
    }

    get isEnableMode() {
        return this.action === ENABLE;
    }

    /** A user who may manage but not enable uses the page without the enable context. */
    get pageError() {
        return this.access.canManage && !this.access.canEnable ? undefined : this.loadError;
    }

    get isPageBusy() {
        return this.isBusy || this.lifecycleBusy;
    }

    /** The selected students for the lifecycle mode (one array per `rows`, so the child starts over only on a new selection). */
    get lifecycleStudents() {
        return derivedFrom(LIFECYCLE_STUDENTS, this.rows, () =>
            this.rows.map((row) => ({ contactId: row.contactId, name: row.name, email: row.email }))
        );
    }

    get isLoading() {
        return !this.context && !this.pageError && !(this.accessLoaded && !this.access.canEnable);
    }

    /** The loaded context (the settings, table and buttons only render once it is there). */
    get loadedContext() {
        return /** @type {CohortContext} */ (this.context);
    }

    get isBusy() {
        return this.task !== null;
    }

    /**
     * Asked by the flow before it leaves this screen (Next or Finish of the list view's flow: LWC Developer Guide,
     * "Validate User Input for Custom Flow Screen Components"; a plain method, arrow functions do not work there).
     * While students are being sent, leaving would silently never send the rest of the cohort: refused, with how many
     * are still to go. After a Cancel the page has said what was not sent (NOT_SENT rows, the status message).
     * @returns {{ isValid: boolean, errorMessage?: string }}
     */
    @api
    validate() {
        if (this.task === 'enable' || this.task === 'check') {
            const left = Math.max(0, this.progressTotal - this.progressDone);
            return { isValid: false, errorMessage: format(LABELS.runInFlight, left, this.progressTotal) };
        }
        if (this.lifecycleBusy) {
            return { isValid: false, errorMessage: LABELS.lifecycleInFlight };
        }
        return { isValid: true };
    }

    get isResolving() {
        return this.task === 'resolve';
    }

    get isRunning() {
        return this.task === 'check' || this.task === 'enable';
    }

    get hasRows() {
        return this.rows.length > 0;
    }

    get hasIssues() {
        return this.issues.length > 0;
    }

    get fromListViewText() {
        return format(LABELS.fromListView, this.fromListViewCount);
    }

    get studentsFoundText() {
        return format(LABELS.studentsFound, this.rows.length);
    }

    get issuesHeading() {
        return format(LABELS.issuesHeading, this.issues.length);
    }

    get licenseOptions() {
        return this.loadedContext.licenses.map((license) => ({
            value: license.key,
            label: format(LABELS.licenseOption, license.name, license.available, license.total)
        }));
    }

    get profileOptions() {
        const licenseKey = this.settings?.licenseKey;
        return this.loadedContext.profiles
            .filter((profile) => profile.licenseKey === licenseKey)
            .map((profile) => ({ value: profile.id, label: profile.name }));
    }

    get zoneRuleOptions() {
        return [
            { value: ZONE_SUGGESTED, label: LABELS.zoneSuggested },
            { value: ZONE_FIXED, label: LABELS.zoneFixed }
        ];
    }

    get timeZoneOptions() {
        return this.loadedContext.timeZones;
    }

    get isFixedZone() {
        return this.settings?.zoneRule === ZONE_FIXED;
    }

    /** The enable options an in-org ENABLE run applies to every student: the settings chosen above. */
    get inOrgEnableOptions() {
        return runEnableOptions(this.settings);
    }

    get settingsComplete() {
        const settings = this.settings;
        return Boolean(
            settings && settings.licenseKey && settings.profileId && (!this.isFixedZone || settings.fixedZone)
        );
    }

    get counts() {
        return countRows(this.rows);
    }

    get countItems() {
        const counts = this.counts;
        const items = [
            { key: 'total', label: LABELS.countTotal, value: counts.total, always: true },
            { key: 'ready', label: LABELS.countReady, value: counts.ready },
            { key: 'willReactivate', label: LABELS.countWillReactivate, value: counts.willReactivate },
            { key: 'alreadyEnabled', label: LABELS.countAlreadyEnabled, value: counts.alreadyEnabled },
            { key: 'blocked', label: LABELS.countBlocked, value: counts.blocked },
            { key: 'ownerRoles', label: LABELS.countOwnerRoles, value: counts.ownerRoles },
            { key: 'created', label: LABELS.countCreated, value: counts.created },
            { key: 'reactivated', label: LABELS.countReactivated, value: counts.reactivated },
            { key: 'failed', label: LABELS.countFailed, value: counts.failed },
            { key: 'notSent', label: LABELS.countNotSent, value: counts.notSent }
        ];
        return items.filter((item) => item.always || item.value > 0);
    }

    get licenseLines() {
        return licenseNeeds(this.rows, this.loadedContext.licenses).map((need) => ({
            key: need.key,
            text: format(need.short ? LABELS.licenseShort : LABELS.licenseNeed, need.name, need.left, need.needed),
            className: need.short ? 'slds-text-color_error' : ''
        }));
    }

    get readyRows() {
        return this.rows.filter(isReady);
    }

    get isCheckStale() {
        return (
            this.checkedKey !== null && this.settings !== undefined && this.checkedKey !== settingsKey(this.settings)
        );
    }

    /** More students than the browser sends (BROWSER_RUN_MAX_STUDENTS): Check and Run here are off, the in-org run is the way. */
    get inOrgOnly() {
        return this.rows.length > BROWSER_RUN_MAX_STUDENTS;
    }

    get checkDisabled() {
        return this.isBusy || !this.hasRows || !this.settingsComplete || this.inOrgOnly;
    }

    get runDisabled() {
        return this.isBusy || this.readyRows.length === 0 || this.isCheckStale || this.inOrgOnly;
    }

    get runLabel() {
        return format(LABELS.enable, this.readyRows.length);
    }

    get progressText() {
        if (this.cancelRequested) {
            return LABELS.cancelling;
        }
        return format(
            this.task === 'enable' ? LABELS.enabling : LABELS.checking,
            this.progressDone,
            this.progressTotal
        );
    }

    /** The results file: same columns, order and quoting as the CLI's. */
    get csvText() {
        return buildResultsCsv(this.rows.map((row) => toResultRow(row, LABELS.notSentMessage)));
    }

    // ----- events -----

    /** @param {CustomEvent<{ value: string }>} event */
    handleEntriesChange(event) {
        this.entriesText = event.detail.value;
    }

    /** Builds the results file now, from the rows as they are (never re-encoded while a run goes on). */
    handleDownload() {
        downloadTextFile(this.csvText, DOWNLOAD_NAME);
    }

    handleFindStudents() {
        this.findStudents();
    }

    /** @param {CustomEvent<{ value: string, checked?: boolean }>} event */
    handleSettingChange(event) {
        const target = /** @type {HTMLElement} */ (event.target);
        const field = target.dataset.field;
        const settings = /** @type {CohortSettings} */ (this.settings);
        if (field === 'sendWelcomeEmail') {
            this.settings = { ...settings, sendWelcomeEmail: event.detail.checked === true };
        } else if (field === 'licenseKey') {
            const licenseKey = event.detail.value;
            this.settings = { ...settings, licenseKey, profileId: defaultProfileFor(this.loadedContext, licenseKey) };
        } else if (field === 'profileId' || field === 'zoneRule' || field === 'fixedZone') {
            this.settings = { ...settings, [field]: event.detail.value };
        }
    }

    /** @param {CustomEvent<{ action: string, label: string, confirmDisable: boolean }>} event */
    handleActionChange(event) {
        this.action = event.detail.action;
        this.actionLabel = event.detail.label;
        this.confirmDisable = event.detail.confirmDisable;
    }

    /** @param {CustomEvent<{ busy: boolean }>} event */
    handleLifecycleBusy(event) {
        this.lifecycleBusy = event.detail.busy;
    }

    /** @param {CustomEvent<{ contactIds: string[] }>} event */
    handleProgramEnded(event) {
        this.fromListViewCount = 0;
        this.entriesText = event.detail.contactIds.join('\n');
        this.findStudents();
    }

    /** An in-org run ended: its record and the licence seats changed. */
    handleInOrgRunEnded() {
        this.refreshRuns(0);
        this.refreshContext();
    }

    /** @param {CustomEvent<{ calls?: number }>} event */
    handleRunComplete(event) {
        this.refreshRuns(event.detail?.calls ?? 0);
        this.refreshContext();
    }

    /**
     * Reads the context (licence seats, profiles) again after a real run changed users. getCohortContext is
     * cacheable: Lightning serves it from its client cache, so without this the seats stay as they were before the
     * run, even when the tab is opened again (LWC Developer Guide, "Call Apex Methods": refreshApex refreshes the
     * cache of a wired cacheable method).
     */
    refreshContext() {
        if (this.wiredContextResult) {
            Promise.resolve(refreshApex(this.wiredContextResult)).catch(() => undefined);
        }
    }

    /**
     * The recent runs list reads again after a real run, and waits for its records (written asynchronously).
     * @param {number} calls the real calls that returned: one run record each
     */
    refreshRuns(calls) {
        const runs = /** @type {(HTMLElement & { refresh?: (expectedRuns?: number) => Promise<unknown> }) | null} */ (
            this.template?.querySelector('c-student-cohort-recent-runs') ?? null
        );
        runs?.refresh?.(calls);
    }

    handleCheck() {
        this.check();
    }

    handleEnable() {
        this.enable();
    }

    // ----- work -----

    /** Resolves the entries (pasted, or the flow's ids) into students, RESOLVE_CHUNK_SIZE entries a call. */
    async findStudents() {
        const entries = parseEntries(this.entriesText);
        this.startTask('resolve', entries.length);
        /** @type {CohortStudent[]} */
        const students = [];
        /** @type {CohortIssue[]} */
        const issues = [];
        const seen = new Set();
        try {
            for (const slice of chunk(entries, RESOLVE_CHUNK_SIZE)) {
                // eslint-disable-next-line no-await-in-loop -- one call at a time keeps each within its budget
                const resolution = await resolveStudents({ idsOrEmails: slice });
                for (const student of resolution.students) {
                    if (!seen.has(student.contactId)) {
                        seen.add(student.contactId);
                        students.push(student);
                    }
                }
                issues.push(...resolution.issues);
            }
            this.rows = rowsFromStudents(students);
            this.page = 0;
            this.issues = issues;
            this.checkedKey = null;
        } catch (error) {
            this.errorMessage = messageWithFix(parseServerError(error, LABELS.unknownError));
        } finally {
            this.task = null;
        }
    }

    /** Validate-only run for every student not yet enabled. */
    async check() {
        const targets = this.rows.filter((row) => !isDone(row));
        if (targets.length === 0) {
            this.statusMessage = LABELS.nothingToCheck;
            return;
        }
        const key = settingsKey(/** @type {CohortSettings} */ (this.settings));
        const completed = await this.runChunks('check', targets, checkStudents);
        if (completed) {
            this.checkedKey = key;
            const counts = this.counts;
            this.statusMessage = format(LABELS.checkDone, counts.ready + counts.willReactivate, counts.blocked);
        }
    }

    /** Real run for the ready students (check passed, not yet enabled). */
    async enable() {
        const targets = this.readyRows;
        this.callsRecorded = 0;
        const completed = await this.runChunks('enable', targets, enableStudents);
        const counts = this.counts;
        if (completed) {
            this.statusMessage = format(LABELS.enableDone, counts.created + counts.reactivated, counts.failed);
        } else if (counts.notSent > 0) {
            this.statusMessage = format(LABELS.cancelled, counts.created + counts.reactivated, counts.notSent);
        }
        this.refreshRuns(this.callsRecorded);
        this.refreshContext();
    }

    /**
     * Sends the rows in chunks of the server's per-call budget (`maxStudentsPerCall`), one call at a time, merging each chunk's results as they come; stops
     * after the current chunk when the admin cancels, and at the first failed call.
     * @param {'check' | 'enable'} task
     * @param {CohortRow[]} targets
     * @param {(params: { requests: StudentUserRequest[] }) => Promise<StudentUserResult[]>} call
     * @returns {Promise<boolean>} true when every chunk was sent
     */
    async runChunks(task, targets, call) {
        const settings = /** @type {CohortSettings} */ (this.settings);
        const validateOnly = task === 'check';
        this.startTask(task, targets.length);
        try {
            return await this.sendInChunks(
                targets,
                studentsPerCall(this.loadedContext.maxStudentsPerCall),
                validateOnly,
                (slice) =>
                    call({
                        requests: slice.map((row) =>
                            buildRequest(
                                row.contactId,
                                settings,
                                validateOnly,
                                row.check?.plannedAction === 'REACTIVATE'
                            )
                        )
                    })
            );
        } finally {
            this.task = null;
            this.cancelRequested = false;
        }
    }

    /**
     * @param {Task} task
     * @param {number} total
     */
    startTask(task, total) {
        this.task = task;
        this.progressDone = 0;
        this.progressTotal = total;
        this.cancelRequested = false;
        this.statusMessage = '';
        this.errorMessage = '';
    }
}
