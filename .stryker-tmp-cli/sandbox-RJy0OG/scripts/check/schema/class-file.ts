/** The parts of a compiled Java class that describe its shape: its name, superclass and public instance fields. */
// @ts-nocheck

export interface JavaClassShape {
    /** Internal name, e.g. `com/nawforce/runforce/SObjects/Account`. */
    name: string;
    superName?: string;
    /** Public, non-static fields in declaration order, with their JVM descriptors (e.g. `Lcom/x/Id;`, `[Lcom/x/User;`). */
    fields: { name: string; descriptor: string }[];
}

const ACC_PUBLIC = 0x0001;
const ACC_STATIC = 0x0008;
const MAGIC = 0xcafebabe;

/** Reads a `.class` file (JVMS §4): the constant pool, then the class header, then the fields table. */
export function readClassShape(bytes: Buffer): JavaClassShape {
    if (bytes.readUInt32BE(0) !== MAGIC) throw new Error('not a Java class file (bad magic number)');
    const utf8 = new Map<number, string>();
    const classNameIndex = new Map<number, number>();
    const poolCount = bytes.readUInt16BE(8);
    let offset = 10;
    for (let index = 1; index < poolCount; index++) {
        const tag = bytes[offset];
        switch (tag) {
            case 1: {
                const length = bytes.readUInt16BE(offset + 1);
                // Modified UTF-8 equals UTF-8 for the identifiers found here (no NUL, no supplementary characters).
                utf8.set(index, bytes.toString('utf8', offset + 3, offset + 3 + length));
                offset += 3 + length;
                break;
            }
            case 7:
                classNameIndex.set(index, bytes.readUInt16BE(offset + 1));
                offset += 3;
                break;
            case 8:
            case 16:
            case 19:
            case 20:
                offset += 3;
                break;
            case 15:
                offset += 4;
                break;
            case 3:
            case 4:
            case 9:
            case 10:
            case 11:
            case 12:
            case 17:
            case 18:
                offset += 5;
                break;
            case 5:
            case 6:
                offset += 9;
                index++; // long and double take two constant pool slots
                break;
            default:
                throw new Error(`unknown constant pool tag ${tag} at byte ${offset}`);
        }
    }
    const text = (index: number): string => {
        const value = utf8.get(index);
        if (value === undefined) throw new Error(`constant pool entry ${index} is not a UTF-8 string`);
        return value;
    };
    const className = (index: number): string | undefined => {
        const nameIndex = classNameIndex.get(index);
        return nameIndex === undefined ? undefined : text(nameIndex);
    };
    const name = className(bytes.readUInt16BE(offset + 2));
    if (name === undefined) throw new Error('class file without a this_class entry');
    const superName = className(bytes.readUInt16BE(offset + 4));
    const interfaceCount = bytes.readUInt16BE(offset + 6);
    offset += 8 + interfaceCount * 2;
    const fieldCount = bytes.readUInt16BE(offset);
    offset += 2;
    const fields: JavaClassShape['fields'] = [];
    for (let index = 0; index < fieldCount; index++) {
        const flags = bytes.readUInt16BE(offset);
        const fieldName = text(bytes.readUInt16BE(offset + 2));
        const descriptor = text(bytes.readUInt16BE(offset + 4));
        const attributeCount = bytes.readUInt16BE(offset + 6);
        offset += 8;
        for (let attribute = 0; attribute < attributeCount; attribute++) {
            offset += 6 + bytes.readUInt32BE(offset + 2);
        }
        if ((flags & ACC_PUBLIC) !== 0 && (flags & ACC_STATIC) === 0) fields.push({ name: fieldName, descriptor });
    }
    return { name, superName, fields };
}
