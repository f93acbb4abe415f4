import { msg, str } from '@lit/localize';
import { describeServerMessage } from './describe-issue.js';
import { procedureFieldLabels } from './labels.js';

/** A bad row of an imported procedure list, as the importer words it, in the active language. */
export function describeRowError(message: string): string {
  if (message === 'the file is empty') return msg('Tệp không có dữ liệu.', { id: 'import.empty' });
  const missing = /^missing column: (.+)$/.exec(message);
  if (missing) {
    const columns = missing[1] ?? '';
    return msg(str`Thiếu cột: ${columns}.`, { id: 'import.missingColumn' });
  }
  const level = /^Mức độ DVC "(.*)" is not/.exec(message);
  if (level) {
    const value = level[1] ?? '';
    return msg(str`Mức độ DVC "${value}" phải là "Toàn trình", "Một phần" hoặc mức độ cũ 3, 4.`, {
      id: 'import.badLevel',
    });
  }
  const labels: Record<string, string> = procedureFieldLabels();
  return message
    .split('; ')
    .map((part) => {
      const [, path = '', text = part] = /^([\w.]+): (.*)$/.exec(part) ?? [];
      const label = labels[path];
      return label ? `${label}: ${describeServerMessage(text)}` : describeServerMessage(part);
    })
    .join('; ');
}
