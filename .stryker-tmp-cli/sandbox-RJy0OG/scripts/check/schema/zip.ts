// @ts-nocheck
import { inflateRawSync } from 'node:zlib';

/** One file inside a zip (or jar) archive. */
export interface ZipEntry {
    name: string;
    /** The uncompressed bytes (read lazily: only entries that pass the caller's filter are inflated). */
    read(): Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Lists the entries of a zip archive held in memory. Supports what jar files use (stored and deflated entries,
 * no zip64, no encryption); anything else is an error naming the entry.
 */
export function readZip(archive: Buffer, accept: (name: string) => boolean = () => true): ZipEntry[] {
    const eocd = findEndOfCentralDirectory(archive);
    const count = archive.readUInt16LE(eocd + 10);
    let offset = archive.readUInt32LE(eocd + 16);
    const entries: ZipEntry[] = [];
    for (let index = 0; index < count; index++) {
        if (archive.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) {
            throw new Error(`zip: corrupt central directory at byte ${offset}`);
        }
        const method = archive.readUInt16LE(offset + 10);
        const compressedSize = archive.readUInt32LE(offset + 20);
        const nameLength = archive.readUInt16LE(offset + 28);
        const extraLength = archive.readUInt16LE(offset + 30);
        const commentLength = archive.readUInt16LE(offset + 32);
        const localHeader = archive.readUInt32LE(offset + 42);
        const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
        offset += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/') || !accept(name)) continue;
        entries.push({ name, read: () => readEntry(archive, name, method, localHeader, compressedSize) });
    }
    return entries;
}

function findEndOfCentralDirectory(archive: Buffer): number {
    for (let offset = archive.length - 22; offset >= Math.max(0, archive.length - 22 - 0xffff); offset--) {
        if (archive.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
    }
    throw new Error('zip: end of central directory not found (not a zip or jar file?)');
}

function readEntry(archive: Buffer, name: string, method: number, localHeader: number, size: number): Buffer {
    if (archive.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) {
        throw new Error(`zip: corrupt local header for ${name}`);
    }
    const start = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
    const data = archive.subarray(start, start + size);
    if (method === STORED) return data;
    if (method === DEFLATED) return inflateRawSync(data);
    throw new Error(`zip: unsupported compression method ${method} for ${name}`);
}
