import { main } from './main.js';

// Entry point for bin/haili.mjs and npm start. `serve` keeps the process alive itself and exits on signals.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Everything is closed by now; if a library left a handle open (a failed start-up's SDK timers), the
    // process must still end, or a supervisor would see a live process instead of the failure.
    setTimeout(() => process.exit(code), 3000).unref();
  },
  (err: Error) => {
    process.stderr.write(`haili: ${err.message}\n`);
    process.exitCode = 1;
  },
);
