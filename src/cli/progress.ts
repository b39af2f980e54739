// Progress on stderr, only when stderr is a terminal (never in pipes, logs or CI).

export interface Progress {
  update(done: number, total: number, label: string): void;
  done(): void;
}

export function progressOnStderr(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update(done, total, label) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      stream.write(`\r${label} ${done}/${total}`.padEnd(40));
    },
    done() {
      if (shown) stream.write('\n');
    },
  };
}
