/** Excel and LibreOffice read UTF-8 (and so Vietnamese) correctly only after this mark. */
const BOM = '\uFEFF';

export function csvCell(value: string | number | null): string {
  // Text beginning like a formula is shown as text, never run by the spreadsheet (OWASP).
  const raw = value ?? '';
  const text = typeof raw === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : String(raw);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: CRLF, comma-separated, UTF-8 with a byte order mark. */
export function csvDocument(lines: readonly (readonly (string | number | null)[])[]): string {
  return `${BOM}${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
