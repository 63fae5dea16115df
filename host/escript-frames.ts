// escript calls main/1 through init and escript frames, and they show in every stack trace a
// script prints: {escript,run,2,[{file,"escript.erl"},{line,750}]} and so on. We compile small
// stand-ins for those modules and give them escript's line numbers, so the traces match.

import { compileCached } from './compile-cache.js';
import type { ModuleImage } from '../vm/isa/image.js';

const INIT = `-module(init).
-export([do_boot/3]).
do_boot(M, A, _) -> R = start_em({M, A}), R.
start_em(MA) -> R = escript:start(MA), R.
`;

const ESCRIPT = `-module(escript).
-export([start/1]).
start({M, A}) -> R = run(M, A), R.
run(M, A) -> R = M:main(A), R.
`;

function withLines(image: ModuleImage, lineOf: (fn: string) => number): ModuleImage {
  const lines: number[] = [];
  for (const f of image.functions) {
    const line = lineOf(f.name);
    lines.push(f.pc, line);
  }
  return { ...image, lines };
}

/** Images of init and escript; the script starts as init:do_boot(Module, [Args], []). */
export function escriptFrameImages(): ModuleImage[] {
  const init = compileCached(INIT, 'init.erl').image!;
  const escript = compileCached(ESCRIPT, 'escript.erl').image!;
  return [
    withLines(init, () => 0),
    withLines(escript, (fn) => (fn === 'start' ? 277 : fn === 'run' ? 750 : 0)),
  ];
}
