// Compiled module files: a ModuleImage as JSON with its literals encoded (see literal-codec.ts).
// The format is versioned by ISA_VERSION; a file of another version is refused by the loader.

import type { ModuleImage } from './image.js';
import { decodeLiteral, encodeLiteral, type EncodedTerm } from './literal-codec.js';

export const IMAGE_EXTENSION = '.mbeam';

export function serializeImage(image: ModuleImage): string {
  return JSON.stringify({
    ...image,
    literals: image.literals.map(encodeLiteral),
    attributes: image.attributes.map(([k, v]) => [k, encodeLiteral(v)]),
  });
}

export function deserializeImage(text: string): ModuleImage {
  const raw = JSON.parse(text);
  return {
    ...raw,
    literals: (raw.literals as EncodedTerm[]).map(decodeLiteral),
    attributes: (raw.attributes as [string, EncodedTerm][]).map(([k, v]) => [k, decodeLiteral(v)]),
  };
}
