import qrcode from 'qrcode-generator';
import type { QrCode } from '../schemas/qr-code.js';

/**
 * The QR code for `text` (error correction M, smallest version that fits) as an SVG path.
 * Throws when `text` is longer than the largest QR code holds (2,331 UTF-8 bytes).
 */
export function qrPath(text: string): QrCode {
  const qr = qrcode(0, 'M');
  // The library's byte mode takes one char per byte: hand it the UTF-8 bytes that way.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (qr.isDark(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size, path: parts.join('') };
}
