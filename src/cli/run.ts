import { main } from './main.js';

// Entry point for bin/haili.mjs and npm start. `serve` keeps the process alive itself and exits on signals.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`haili: ${err.message}\n`);
    process.exitCode = 1;
  },
);
