import { HOLIDAY_MODES, type HolidayMode } from '@bangtin/shared';
import { msg } from '@lit/localize';
import { selectField } from './fields.js';

function holidayModeLabel(mode: HolidayMode): string {
  switch (mode) {
    case 'skip':
      return msg('Không phát vào ngày nghỉ lễ', { id: 'holidayMode.skip' });
    case 'only':
      return msg('Chỉ phát vào ngày nghỉ lễ', { id: 'holidayMode.only' });
    case 'ignore':
      return msg('Phát cả vào ngày nghỉ lễ', { id: 'holidayMode.ignore' });
  }
}

/** How a schedule entry treats the holiday calendar, as one select. */
export function holidayModeField(
  value: HolidayMode,
  error: string | undefined,
  onChange: (mode: HolidayMode) => void,
) {
  return selectField({
    id: 'holidayMode',
    label: msg('Ngày nghỉ lễ', { id: 'nav.holidays' }),
    hint: msg('Theo lịch ở mục "Ngày nghỉ lễ", tính theo múi giờ của màn hình.', {
      id: 'schedule.holidayModeHint',
    }),
    value,
    error,
    options: HOLIDAY_MODES.map((mode) => ({ value: mode, label: holidayModeLabel(mode) })),
    onChange: (chosen) => onChange(HOLIDAY_MODES.find((mode) => mode === chosen) ?? 'skip'),
  });
}
