/** The org probe's command: options, the run, the printed lines and the JSON report, and the exit code. */
// @ts-nocheck

import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { COUNTRIES } from '../metadata/time-zone-mapping-data';
import type { SfRunner } from '../scratch/sf';
import { parseProbeOptions } from './options';
import { OrgUnreachable, ProductionOrgRefused, runProbe } from './probe';
import { writeReport } from './report';
import type { MappedZone } from './verdicts';

export interface ProbeCliDeps {
    sf: SfRunner;
    projectRoot: string;
    log: (line: string) => void;
    error: (line: string) => void;
    now?: () => Date;
    tag?: string;
    workDir?: string;
    sleep?: (ms: number) => Promise<void>;
}

/** Exit codes: 0 report written (whatever the verdicts), 1 org unreachable, 2 production org refused. */
export const EXIT_REFUSED = 2;
export const EXIT_UNREACHABLE = 1;

/** A fresh run tag: base-36 time and random hex, lower-case letters and digits only. */
export function newRunTag(now: Date = new Date()): string {
    return `${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** Every time zone of the local mapping data, with where it comes from. */
export function localMappedZones(): MappedZone[] {
    const zones: MappedZone[] = [];
    for (const country of COUNTRIES) {
        if (country.timeZone)
            zones.push({ source: `time-zone-mapping-data.ts ${country.code}`, zone: country.timeZone });
        for (const region of country.regions ?? []) {
            zones.push({ source: `time-zone-mapping-data.ts ${country.code}-${region.code}`, zone: region.timeZone });
        }
    }
    return zones;
}

export async function runProbeCli(argv: readonly string[], deps: ProbeCliDeps): Promise<number> {
    const options = parseProbeOptions(argv);
    const now = deps.now ?? (() => new Date());
    try {
        const report = await runProbe({
            sf: deps.sf,
            projectRoot: deps.projectRoot,
            targetOrg: options.targetOrg,
            log: deps.log,
            tag: deps.tag ?? newRunTag(now()),
            now,
            localZones: localMappedZones(),
            ...(deps.workDir ? { workDir: deps.workDir } : {}),
            ...(deps.sleep ? { sleep: deps.sleep } : {})
        });
        const file = resolve(deps.projectRoot, options.jsonFile);
        writeReport(file, report);
        deps.log(`Report: ${file}`);
        return 0;
    } catch (error) {
        if (error instanceof ProductionOrgRefused) {
            deps.error(error.message);
            return EXIT_REFUSED;
        }
        if (error instanceof OrgUnreachable) {
            deps.error(`${error.message}\nFix: check the alias with sf org list, or log in again.`);
            return EXIT_UNREACHABLE;
        }
        throw error;
    }
}
