// Pagefind's search engine is WebAssembly using several function tables (the reference-types
// feature, Chromium 96+). Chromium 86 refuses to compile it ("table count of 2 exceeds internal
// limit of 1"), so this is checked first and such browsers search the pages' plain text instead.

/** The smallest module with two tables: valid only where reference types are supported. */
const TWO_TABLES = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x04, 0x07, 0x02, 0x70, 0x00, 0x00, 0x70, 0x00, 0x00]);

export function canRunPagefind(wasm: { validate(bytes: Uint8Array<ArrayBuffer>): boolean } | undefined): boolean {
  try {
    return wasm !== undefined && wasm.validate(TWO_TABLES);
  } catch {
    return false;
  }
}
