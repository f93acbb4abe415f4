// The player's build resolves `#zod` here (the `zod-mini` condition): the same schemas on
// zod/mini weigh a third as much on a TV box. Only the API common to both may be used in shared.
export { z } from 'zod/mini';
