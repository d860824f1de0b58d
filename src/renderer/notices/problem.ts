// A failure as the page keeps it: the English message the API gave, and its code and params when it gave
// them (see src/shared/api-errors.ts), so it can be said in the UI's language (error-text.ts).
import type { ApiError, ErrorCode, ErrorParams } from '../../shared/api';
import { isErrorCode } from '../../shared/api';

export interface Problem {
  message: string;
  code?: ErrorCode;
  params?: ErrorParams;
}

/** The problem of a rejected API call (or of anything thrown). */
export function problemOf(error: unknown): Problem {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, params } = error as ApiError;
  return { message: error.message, ...(isErrorCode(code) ? { code } : {}), ...(params && typeof params === 'object' ? { params } : {}) };
}
