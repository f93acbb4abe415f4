import { join } from 'node:path';

/** Where the bytes with this sha256 live: the file is named by its own hash. */
export const mediaPath = (mediaDir: string, sha256: string) => join(mediaDir, sha256);
