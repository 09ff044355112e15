// Preloaded by the benchmark: writes this process's peak resident memory (KiB) to $LAYERPOST_BENCH_RSS on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.LAYERPOST_BENCH_RSS;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
