/**
 * The one base class for Haili's own errors. `code` is stable and machine-readable (tests, the CLI's exit
 * decisions, HTTP status mapping); `message` is the one line a person reads.
 */
export class HailiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
