import * as rruleModule from 'rrule';

// Node's ESM loader sees rrule 2.8 as CommonJS, exposing it only as `default`:
// https://github.com/jkbrzt/rrule/issues/419
export const { RRule } = ((rruleModule as { default?: typeof rruleModule }).default ??
  rruleModule) as typeof rruleModule;
