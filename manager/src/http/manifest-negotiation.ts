// How the manifest route reads a request's conditional and encoding headers.

/** Whether If-None-Match names the tag, strongly or weakly (the common case first). */
export function namesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header === etag) return true;
  return header.split(/\s*,\s*/).some((tag) => tag === etag || tag === `W/${etag}`);
}

/** Whether Accept-Encoding takes gzip. */
export const acceptsGzip = (header: string | undefined): boolean => /\bgzip\b/.test(header ?? '');
