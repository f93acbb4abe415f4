import { z } from '#zod';
import { textSchema } from './common.js';

/**
 * What the printed report needs to follow the form of an administrative document (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): the agency lines, the number, the place and the signer.
 */
export const ReportFormSchema = z.object({
  /** Cơ quan chủ quản, the line above the agency's name; empty when there is none. */
  reportParentAgency: z._default(textSchema(200), ''),
  /** The issuing agency as printed; empty prints the agency name. */
  reportAgencyName: z._default(textSchema(200), ''),
  /** After "Số: …/", e.g. "BC-UBND". */
  reportNumberSuffix: z._default(textSchema(40), 'BC'),
  /** Địa danh, before ", ngày … tháng … năm …". */
  reportPlace: z._default(textSchema(100), ''),
  /** Quyền hạn, chức vụ của người ký, e.g. "CHỦ TỊCH". */
  reportSignerTitle: z._default(textSchema(200), 'THỦ TRƯỞNG ĐƠN VỊ'),
  reportSignerName: z._default(textSchema(200), ''),
});
export type ReportForm = z.infer<typeof ReportFormSchema>;
