import { measurePlayerWeight, PLAYER_TARGETS } from '../helpers/player-weight.js';
import type { BenchFigure } from './bench-figure.js';

export default async function playerWeight(): Promise<BenchFigure[]> {
  const weight = measurePlayerWeight();
  return [
    {
      benchmark: 'player weight',
      figure: 'JS + CSS (gzip)',
      value: weight.scriptsAndStyles,
      unit: 'B',
      target: '≤ 48 KB',
      met: weight.scriptsAndStyles <= PLAYER_TARGETS.scriptsAndStyles,
    },
    {
      benchmark: 'player weight',
      figure: 'service worker (gzip)',
      value: weight.serviceWorker,
      unit: 'B',
      target: '≤ 20 KB',
      met: weight.serviceWorker <= PLAYER_TARGETS.serviceWorker,
    },
    { benchmark: 'player weight', figure: 'fonts (gzip)', value: weight.fonts, unit: 'B' },
  ];
}
