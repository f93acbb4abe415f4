// The full zod: the manager documents its API from these schemas (@hono/zod-openapi needs the
// classic classes) and its error messages are in English.
export { z } from 'zod';
