// Export formats for a list of messages: NDJSON, one JSON array, or CSV (RFC 4180 quoting). Pure: the
// route streams the pieces as messages arrive, so memory stays flat whatever the size of the export.
import type { Message } from '../api/schemas/messages';

export type ExportFormat = 'ndjson' | 'json' | 'csv';

const CSV_COLUMNS = ['partition', 'offset', 'timestamp', 'timestampType', 'keyEncoding', 'key', 'valueEncoding', 'value', 'headers', 'size'] as const;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Quoted when needed; a leading = + @ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const exportContentType: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** Text before the first message. */
export function exportHead(format: ExportFormat): string {
  if (format === 'json') return '[';
  if (format === 'csv') return `${CSV_COLUMNS.join(',')}\r\n`;
  return '';
}

/** One message's text; index is its position in the export (JSON needs commas between items). */
export function exportRow(format: ExportFormat, m: Message, index: number): string {
  if (format === 'ndjson') return `${JSON.stringify(m)}\n`;
  if (format === 'json') return `${index ? ',' : ''}\n${JSON.stringify(m)}`;
  return `${CSV_COLUMNS.map((c) => csvCell(m[c])).join(',')}\r\n`;
}

export function exportTail(format: ExportFormat): string {
  return format === 'json' ? '\n]\n' : '';
}
