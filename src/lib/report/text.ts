// Small text helpers for drafting, and the plain-text form of a section used for editing.
import type { ReportParagraph } from './model';

/** A blank the user has not filled in, marked so it cannot be missed in the document. */
export const blank = (label: string) => `【待填写：${label}】`;

export const MARKER = /【待填写：[^】]*】/g;

/** Splits text into plain and marker parts, so the marker parts can be highlighted. */
export function splitMarkers(text: string): { text: string; marker: boolean }[] {
  const parts: { text: string; marker: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), marker: false });
    parts.push({ text: m[0], marker: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marker: false });
  return parts;
}

/** User text as one sentence: lines joined (with a comma where a line has no closing mark), a full stop added when missing. */
export function sentence(text: string): string {
  const t = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce((acc, line) => (acc === '' || /[。！？；，、：!?;,:]$/.test(acc) ? acc + line : `${acc}，${line}`), '')
    .replace(/[，,、；;：:]$/, '');
  if (t === '') return '';
  return /[。！？!?…]$/.test(t) ? t : `${t}。`;
}

/** 35.5 → "35.5", 36 → "36" */
export const num = (n: number) => String(Math.round(n * 10) / 10);

/** Lists titles in full up to three, then “等N项”. Quoted titles take no 顿号 between them (GB/T 15834). */
export function listTitles(titles: string[], quote = false): string {
  const joined = (ts: string[]) => (quote ? ts.map((t) => `“${t}”`).join('') : ts.join('、'));
  if (titles.length <= 3) return joined(titles);
  return `${joined(titles.slice(0, 3))}等${titles.length}项`;
}

/** One line per paragraph; a lead is written in front of its text. */
export const paragraphsToText = (ps: ReportParagraph[]) => ps.map((p) => (p.lead?.text ?? '') + p.text).join('\n');

const LEAD_2 = /^（[一二三四五六七八九十]+）/;
const LEAD_3 = /^\d{1,2}[.．]/;

function parseLine(line: string): ReportParagraph {
  const level = LEAD_2.test(line) ? 2 : LEAD_3.test(line) ? 3 : null;
  if (!level) return { text: line };
  const end = line.indexOf('。');
  if (end === -1) return { lead: { level, text: line }, text: '' };
  return { lead: { level, text: line.slice(0, end + 1) }, text: line.slice(end + 1) };
}

/** The user's text back into paragraphs: “（一）…。” and “1.…。” at a line's start become leads. */
export const textToParagraphs = (text: string): ReportParagraph[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map(parseLine);
