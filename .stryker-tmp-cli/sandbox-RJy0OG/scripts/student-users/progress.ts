/** Progress: a bar on a terminal (cli-progress), plain lines otherwise (logs, CI, pipes). */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { MultiBar, Presets } from 'cli-progress';
import type { ProgressEvent, RetryEvent } from './run-chunks';
export interface ProgressReporter {
  start(totalRows: number, totalChunks: number): void;
  update(event: ProgressEvent): void;
  retry(event: RetryEvent): void;
  /** A line of its own (above the bar on a terminal). */
  note(message: string): void;
  stop(): void;
}
export interface Output {
  write(text: string): void;
}

/** The plain line of a progress event. */
export function progressLine(event: ProgressEvent): string {
  if (stryMutAct_9fa48("1070")) {
    {}
  } else {
    stryCov_9fa48("1070");
    const percent = (stryMutAct_9fa48("1073") ? event.rowsTotal !== 0 : stryMutAct_9fa48("1072") ? false : stryMutAct_9fa48("1071") ? true : (stryCov_9fa48("1071", "1072", "1073"), event.rowsTotal === 0)) ? 100 : Math.floor(stryMutAct_9fa48("1074") ? event.rowsDone / event.rowsTotal / 100 : (stryCov_9fa48("1074"), (stryMutAct_9fa48("1075") ? event.rowsDone * event.rowsTotal : (stryCov_9fa48("1075"), event.rowsDone / event.rowsTotal)) * 100));
    return (stryMutAct_9fa48("1076") ? `` : (stryCov_9fa48("1076"), `progress: ${event.rowsDone}/${event.rowsTotal} students (${percent}%), `)) + (stryMutAct_9fa48("1077") ? `` : (stryCov_9fa48("1077"), `chunk ${event.chunksDone}/${event.chunksTotal}, ${event.failed} failed`));
  }
}

/** The line of a retry. */
export function retryLine(event: RetryEvent): string {
  if (stryMutAct_9fa48("1078")) {
    {}
  } else {
    stryCov_9fa48("1078");
    return (stryMutAct_9fa48("1079") ? `` : (stryCov_9fa48("1079"), `retry: chunk ${event.chunk}, ${event.rows} row(s), ${event.code}: `)) + (stryMutAct_9fa48("1080") ? `` : (stryCov_9fa48("1080"), `attempt ${stryMutAct_9fa48("1081") ? event.retry - 1 : (stryCov_9fa48("1081"), event.retry + 1)} in ${(stryMutAct_9fa48("1082") ? event.delayMs * 1000 : (stryCov_9fa48("1082"), event.delayMs / 1000)).toFixed(1)} s`));
  }
}

/** Plain lines, one per finished chunk. */
export function lineReporter(out: Output): ProgressReporter {
  if (stryMutAct_9fa48("1083")) {
    {}
  } else {
    stryCov_9fa48("1083");
    return stryMutAct_9fa48("1084") ? {} : (stryCov_9fa48("1084"), {
      start: stryMutAct_9fa48("1085") ? () => undefined : (stryCov_9fa48("1085"), (totalRows, totalChunks) => out.write(stryMutAct_9fa48("1086") ? `` : (stryCov_9fa48("1086"), `sending ${totalRows} students in ${totalChunks} chunk(s)\n`))),
      update: stryMutAct_9fa48("1087") ? () => undefined : (stryCov_9fa48("1087"), event => out.write(progressLine(event) + (stryMutAct_9fa48("1088") ? "" : (stryCov_9fa48("1088"), '\n')))),
      retry: stryMutAct_9fa48("1089") ? () => undefined : (stryCov_9fa48("1089"), event => out.write(retryLine(event) + (stryMutAct_9fa48("1090") ? "" : (stryCov_9fa48("1090"), '\n')))),
      note: stryMutAct_9fa48("1091") ? () => undefined : (stryCov_9fa48("1091"), message => out.write(message + (stryMutAct_9fa48("1092") ? "" : (stryCov_9fa48("1092"), '\n')))),
      stop: () => undefined
    });
  }
}

/** A cli-progress bar on the terminal stream. */
export function barReporter(stream: NodeJS.WritableStream): ProgressReporter {
  if (stryMutAct_9fa48("1093")) {
    {}
  } else {
    stryCov_9fa48("1093");
    const bars = new MultiBar(stryMutAct_9fa48("1094") ? {} : (stryCov_9fa48("1094"), {
      stream,
      format: stryMutAct_9fa48("1095") ? "" : (stryCov_9fa48("1095"), 'enabling [{bar}] {percentage}% | {value}/{total} students | chunk {chunk} | {failed} failed | {duration_formatted}'),
      hideCursor: stryMutAct_9fa48("1096") ? false : (stryCov_9fa48("1096"), true),
      clearOnComplete: stryMutAct_9fa48("1097") ? true : (stryCov_9fa48("1097"), false)
    }), Presets.shades_classic);
    let bar: ReturnType<MultiBar['create']> | undefined;
    let chunksTotal = 0;
    return stryMutAct_9fa48("1098") ? {} : (stryCov_9fa48("1098"), {
      start: (totalRows, totalChunks) => {
        if (stryMutAct_9fa48("1099")) {
          {}
        } else {
          stryCov_9fa48("1099");
          chunksTotal = totalChunks;
          bar = bars.create(totalRows, 0, stryMutAct_9fa48("1100") ? {} : (stryCov_9fa48("1100"), {
            chunk: stryMutAct_9fa48("1101") ? `` : (stryCov_9fa48("1101"), `0/${totalChunks}`),
            failed: 0
          }));
        }
      },
      update: stryMutAct_9fa48("1102") ? () => undefined : (stryCov_9fa48("1102"), event => stryMutAct_9fa48("1103") ? bar.update(event.rowsDone, {
        chunk: `${event.chunksDone}/${chunksTotal}`,
        failed: event.failed
      }) : (stryCov_9fa48("1103"), bar?.update(event.rowsDone, stryMutAct_9fa48("1104") ? {} : (stryCov_9fa48("1104"), {
        chunk: stryMutAct_9fa48("1105") ? `` : (stryCov_9fa48("1105"), `${event.chunksDone}/${chunksTotal}`),
        failed: event.failed
      })))),
      retry: stryMutAct_9fa48("1106") ? () => undefined : (stryCov_9fa48("1106"), event => bars.log(retryLine(event) + (stryMutAct_9fa48("1107") ? "" : (stryCov_9fa48("1107"), '\n')))),
      note: stryMutAct_9fa48("1108") ? () => undefined : (stryCov_9fa48("1108"), message => bars.log(message + (stryMutAct_9fa48("1109") ? "" : (stryCov_9fa48("1109"), '\n')))),
      stop: stryMutAct_9fa48("1110") ? () => undefined : (stryCov_9fa48("1110"), () => bars.stop())
    });
  }
}