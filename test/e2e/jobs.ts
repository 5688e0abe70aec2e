import { executeServerCommand } from '@web/test-runner-commands';

interface JobState<R> {
  readonly done: boolean;
  readonly result?: R;
  readonly error?: string;
}

/**
 * Runs a server command of scripts/e2e-commands.mjs that may take longer than the
 * 20 s the browser waits for a command's answer: starts it as a job and polls it.
 */
export async function runJob<R>(command: string, payload?: unknown): Promise<R> {
  const { id } = await executeServerCommand<{ id: number }, unknown>('job-start', {
    command,
    payload,
  });
  for (;;) {
    const state = await executeServerCommand<JobState<R>, { id: number }>('job-result', { id });
    if (state.error !== undefined) throw new Error(state.error);
    if (state.done) return state.result as R;
  }
}
