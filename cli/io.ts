/** What one `ce` command hands back: the entry point alone touches process streams. */
export interface CliOutcome {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout?: string;
  readonly stderr?: string;
}

export type CliCommand = (args: readonly string[]) => Promise<CliOutcome>;

/** Exit 2 with a message in Chinese and English, nothing on stdout. */
export function usageError(zh: string, en: string): CliOutcome {
  return { exitCode: 2, stderr: `错误：${zh}\nerror: ${en}\n` };
}
