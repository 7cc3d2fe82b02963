/**
 * Resolves in a later task, after what the browser had waiting (a paint, a tap). Work split at these
 * points runs as several short tasks instead of one long one on a phone's main thread (issue 18,
 * docs/benchmarks.md).
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
