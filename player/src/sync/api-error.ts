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

  /** The token was revoked or never known: the screen must pair again. */
  get isUnauthorized(): boolean {
    return this.status === 401;
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
