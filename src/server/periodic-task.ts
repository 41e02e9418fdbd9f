/** Background work on a timer: the outbox's mail worker and the event reminder sweep. */

/**
 * Runs `pass` now and then every `intervalMs` after the previous pass ends, so passes never overlap; a failed pass
 * is logged under `name` and the next one still comes. `stop` waits for the pass in flight.
 */
export function periodicTask(
  name: string,
  pass: () => Promise<unknown>,
  intervalMs: number,
  log: (message: string) => void,
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  function tick() {
    running = pass()
      .catch((error) => log(`${name}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
