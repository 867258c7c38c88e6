// The part of web-ext's programmatic API that scripts/lint-firefox.ts uses (web-ext ships
// no types).
declare module 'web-ext' {
  /** One finding of the addons-linter. */
  export interface LintMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }

  export interface LintResult {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }

  const webExt: {
    cmd: {
      lint(
        options: { sourceDir: string; output: 'none' | 'json' | 'text'; boring?: boolean },
        extra: { shouldExitProgram: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
