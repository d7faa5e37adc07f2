// Refusal: the input was refused (usage, validation, unknown record, transition
// not allowed). Exit code 2, nothing written. The message is an i18n key so that
// pure domain code never needs to know the language.
export class Refusal extends Error {
  constructor(
    public readonly code: string,
    public readonly key: string,
    public readonly params: Record<string, unknown> = {},
    public readonly details: string[] = [],
  ) {
    super(`${code}: ${key}`);
    this.name = 'Refusal';
  }
}

export function refuse(code: string, key: string, params: Record<string, unknown> = {}, details: string[] = []): never {
  throw new Refusal(code, key, params, details);
}

// Failure: the command could not do what it was asked (a file could not be
// written, the disk is full). Exit code 1, one line from an i18n key.
export class Failure extends Error {
  constructor(
    public readonly code: string,
    public readonly key: string,
    public readonly params: Record<string, unknown> = {},
  ) {
    super(`${code}: ${key}`);
    this.name = 'Failure';
  }
}
