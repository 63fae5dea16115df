// Compiled module files (`NAME.mbeam`): a ModuleImage as UTF-8 JSON with its literals encoded (see
// literal-codec.ts), tagged with a magic string and a format version. docs/module-file-format.md
// describes every field. The loader refuses a file of another format version or instruction set;
// deserializeImage checks the shape so a damaged file is an error, never a VM crash.

import type { ModuleImage } from './image.js';
import { decodeLiteral, encodeLiteral, type EncodedTerm } from './literal-codec.js';

export const IMAGE_EXTENSION = '.mbeam';
export const IMAGE_MAGIC = 'minierl-module';
/** Bump when the layout of the file changes (the instruction set has its own version, `isa`). */
export const IMAGE_FORMAT_VERSION = 1;

export class BadImageError extends Error {}

export function serializeImage(image: ModuleImage): string {
  return JSON.stringify({
    magic: IMAGE_MAGIC,
    format: IMAGE_FORMAT_VERSION,
    ...image,
    literals: image.literals.map(encodeLiteral),
    attributes: image.attributes.map(([k, v]) => [k, encodeLiteral(v)]),
  });
}

/** Parses a compiled module file; throws BadImageError if it is not one this VM can load. */
export function deserializeImage(text: string): ModuleImage {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BadImageError('not a compiled module file');
  }
  if (raw === null || typeof raw !== 'object' || raw.magic !== IMAGE_MAGIC) throw new BadImageError('not a compiled module file');
  if (raw.format !== IMAGE_FORMAT_VERSION) throw new BadImageError(`module file format ${String(raw.format)}, expected ${IMAGE_FORMAT_VERSION}`);
  checkShape(raw);
  const { magic: _magic, format: _format, ...image } = raw;
  try {
    return {
      ...(image as unknown as ModuleImage),
      literals: (raw.literals as EncodedTerm[]).map(decodeLiteral),
      attributes: (raw.attributes as [string, EncodedTerm][]).map(([k, v]) => [k, decodeLiteral(v)]),
    };
  } catch {
    throw new BadImageError('damaged literal table');
  }
}

const isInt = (v: unknown): boolean => Number.isInteger(v);
const isIntArray = (v: unknown): boolean => Array.isArray(v) && v.every(isInt);

function checkShape(raw: Record<string, unknown>): void {
  const ok =
    typeof raw.module === 'string' && typeof raw.file === 'string' && isInt(raw.isa) &&
    isIntArray(raw.code) && isIntArray(raw.lines) && isInt(raw.maxFrame) &&
    Array.isArray(raw.literals) && Array.isArray(raw.attributes) &&
    Array.isArray(raw.imports) && Array.isArray(raw.exports) && Array.isArray(raw.functions) &&
    Array.isArray(raw.lambdas) && Array.isArray(raw.bifs);
  if (!ok) throw new BadImageError('damaged module file');
}
