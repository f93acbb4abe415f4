/** A device API answer other than success; `code` comes from the error body when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * The manager itself says this screen was revoked: the one answer on which it pairs again.
   * Any other 401 or 403 (a misconfigured proxy, a restored database) keeps the content playing.
   */
  get isRevoked(): boolean {
    return this.status === 401 && this.code === 'device_revoked';
  }

  /** The manager could not be reached past a proxy that answered for it. */
  get isUnreachable(): boolean {
    return this.status >= 502 && this.status <= 504;
  }

  static async from(response: Response): Promise<ApiError> {
    let code = 'http_error';
    let message = `HTTP ${response.status}`;
    try {
      const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code === 'string') code = body.error.code;
      if (typeof body.error?.message === 'string') message += `: ${body.error.message}`;
    } catch {
      // Not the JSON error body (a proxy page, say): the status says enough.
    }
    return new ApiError(response.status, code, message);
  }
}
