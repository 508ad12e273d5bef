import { HttpStatus } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';
import { commonPassword, ErrorCode, newPasswordSchema } from '@iep/shared';
import { AppError } from '../../common/app-error';

/** The common-password list (zxcvbn's, about 30,000 entries), unpacked once on first use. */
let common: ReadonlySet<string> | null = null;

function commonList(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

/**
 * Every place that sets a password (invitation, reset, change) calls this: the shared length rule,
 * then the common-password list. 400 PASSWORD_TOO_WEAK names which rule failed.
 */
export function assertStrongPassword(password: string): void {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message ?? 'password_too_short';
    throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.PasswordTooWeak, 'Choose a longer, less common password', {
      reason,
    });
  }
  if (commonPassword(password, commonList())) {
    throw new AppError(
      HttpStatus.BAD_REQUEST,
      ErrorCode.PasswordTooWeak,
      'That password is on the list of common passwords',
      {
        reason: 'password_common',
      },
    );
  }
}
