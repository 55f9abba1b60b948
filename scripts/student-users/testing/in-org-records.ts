import type { RunItemRecord, RunRecord } from '../in-org-run';

/** A finished ENABLE run record of two students as the CLI reads it (Student_User_Run__c), with `extra` over it. */
export function runRecord(extra: Partial<RunRecord> = {}): RunRecord {
    return {
        Id: 'a0X000000000001AAA',
        Name: 'SUR-00000001',
        Action__c: 'ENABLE',
        Status__c: 'COMPLETED',
        Dry_Run__c: false,
        Student_Count__c: 2,
        Succeeded__c: 2,
        Failed__c: 0,
        Skipped__c: 0,
        Chunk_Size__c: 200,
        Jobs__c: 1,
        Reenqueues__c: 0,
        Started_At__c: null,
        Finished_At__c: null,
        Last_Error__c: null,
        ...extra
    };
}

/** A run item (Student_User_Run_Item__c) at position 1, CREATED, every other field unset, with `extra` over it. */
export function runItem(extra: Partial<RunItemRecord> = {}): RunItemRecord {
    return {
        Position__c: 1,
        Contact__c: null,
        Status__c: 'CREATED',
        Error_Code__c: null,
        Message__c: null,
        User_Id__c: null,
        Email_Decision__c: null,
        ...extra
    };
}
