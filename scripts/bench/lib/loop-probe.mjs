// Preloaded into a server by benchmarks (`node --import ./loop-probe.mjs server.js`): measures the
// server's own event-loop delay (perf_hooks, 10 ms resolution). On SIGUSR2 it prints one line
// `LOOP {"p50":..,"p99":..,"max":..}` (ms, since the previous signal) and starts afresh.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  process.on('SIGUSR2', () => {
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    console.log(
      `LOOP ${JSON.stringify({ p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) })}`,
    );
    h.reset();
  });
}
