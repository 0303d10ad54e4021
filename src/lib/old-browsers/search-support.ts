// Pagefind's search engine is WebAssembly using several function tables (the reference-types
// feature, Chromium 96+). Chromium 86 refuses to compile it ("table count of 2 exceeds internal
// limit of 1"), so search is checked for first and explained instead of failing silently.

/** The smallest module with two tables: valid only where reference types are supported. */
const TWO_TABLES = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x04, 0x07, 0x02, 0x70, 0x00, 0x00, 0x70, 0x00, 0x00]);

export function canRunPagefind(wasm: { validate(bytes: Uint8Array<ArrayBuffer>): boolean } | undefined): boolean {
  try {
    return wasm !== undefined && wasm.validate(TWO_TABLES);
  } catch {
    return false;
  }
}

export const SEARCH_UNSUPPORTED =
  '这个浏览器的内核版本较旧（低于 Chromium 96），无法运行站内搜索。可以用左侧目录和各页右侧的“本页内容”查找，或按 Ctrl+F 在当前页内查找；换用新版浏览器（如新版 360 安全浏览器的极速模式、Edge 或 Chrome）即可使用搜索。';
