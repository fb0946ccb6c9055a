// The embed's typed error: a view whose signature is missing, changed or forged.
import { AppError } from '../errors';

/** A view that its signature does not cover (403): changed, forged, or not signed at all. */
export class SignatureError extends AppError {
  override readonly name = 'SignatureError';
  readonly status = 403;
  readonly kind = 'bad-signature';
}

/** An oEmbed format the provider does not answer in (501, as the oEmbed spec asks). */
export class FormatNotImplementedError extends AppError {
  override readonly name = 'FormatNotImplementedError';
  readonly status = 501;
  readonly kind = 'format-not-implemented';
}
