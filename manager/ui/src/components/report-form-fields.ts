import type { ReportForm } from '@bangtin/shared';
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { FieldErrors } from '../forms/field-errors.js';
import { textField } from '../forms/fields.js';

export const REPORT_FORM_FIELDS: readonly (keyof ReportForm)[] = [
  'reportParentAgency',
  'reportAgencyName',
  'reportNumberSuffix',
  'reportPlace',
  'reportSignerTitle',
  'reportSignerName',
];

function labels(): Record<keyof ReportForm, { label: string; hint?: string }> {
  return {
    reportParentAgency: {
      label: msg('Cơ quan chủ quản', { id: 'reportForm.parent' }),
      hint: msg('Dòng trên tên cơ quan, ví dụ "UBND tỉnh …". Để trống nếu không có.', {
        id: 'reportForm.parentHint',
      }),
    },
    reportAgencyName: {
      label: msg('Tên cơ quan ban hành', { id: 'reportForm.agency' }),
      hint: msg('Để trống: dùng tên cơ quan ở trên.', { id: 'reportForm.agencyHint' }),
    },
    reportNumberSuffix: {
      label: msg('Ký hiệu sau số báo cáo', { id: 'reportForm.number' }),
      hint: msg('In thành "Số: …/BC-UBND".', { id: 'reportForm.numberHint' }),
    },
    reportPlace: { label: msg('Địa danh', { id: 'reportForm.place' }) },
    reportSignerTitle: { label: msg('Chức vụ người ký', { id: 'reportForm.signerTitle' }) },
    reportSignerName: { label: msg('Họ tên người ký', { id: 'reportForm.signerName' }) },
  };
}

/** The settings of the printed report's document form, as one fieldset. */
export function reportFormFields(
  form: ReportForm,
  errors: FieldErrors,
  onInput: (key: keyof ReportForm, value: string) => void,
) {
  const all = labels();
  return html`<fieldset>
    <legend>${msg('Mẫu báo cáo in', { id: 'reportForm.legend' })}</legend>
    ${REPORT_FORM_FIELDS.map((key) =>
      textField({
        id: key,
        ...all[key],
        value: form[key],
        error: errors[key],
        onInput: (value) => onInput(key, value),
      }),
    )}
  </fieldset>`;
}
