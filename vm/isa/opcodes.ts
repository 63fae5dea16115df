// The instruction set: the only place an instruction is defined. The emitter, the interpreter and
// the disassembler all read this table. Bump ISA_VERSION when a code, operand list or meaning changes
// (compiled module files record it and are rejected by a loader of another version).
//
// Register model: a process has one stack; a function activation sees a window of it, its frame,
// addressed as registers R0..Rn (R[i] = stack[base + i]). A call at register `a` uses three link
// slots R[a], R[a+1], R[a+2] (return code, return pc, caller base) and passes the arguments in
// R[a+3...], which become the callee's R0...; the result comes back in R[a]. Closures receive their
// free variables after the arguments. Nothing ever recurses on the JS stack.
//
// Operand kinds:
//   r    register number (frame-relative)
//   s    source: >= 0 is a register, < 0 is literal number ~s
//   l    label: an absolute code offset (0 in a `fail` position means "raise instead of jump")
//   n    an immediate non-negative integer
//   imp  index into the module's import table (resolved to an export entry at load time)
//   bif  index into the module's BIF table (resolved to a function at load time)
//   fun  index into the module's lambda table
//   list a count followed by that many source operands

export const ISA_VERSION = 1;

export type OperandKind = 'r' | 's' | 'l' | 'n' | 'imp' | 'bif' | 'fun' | 'list';

export interface OpSpec {
  readonly code: number;
  readonly operands: readonly OperandKind[];
  readonly doc: string;
}

/** Number of link slots a call places below the callee's frame. */
export const FRAME_LINK = 3;

export const OPCODES = {
  move:             { code: 1,  operands: ['s', 'r'], doc: 'r := s' },
  jump:             { code: 2,  operands: ['l'], doc: 'continue at l' },
  call:             { code: 3,  operands: ['r', 'l'], doc: 'local call with link at r, args from r+3; result in r; one reduction' },
  call_last:        { code: 4,  operands: ['r', 'n', 'l'], doc: 'tail call: move n args from r.. to R0.., continue at l; one reduction' },
  call_ext:         { code: 5,  operands: ['r', 'imp'], doc: 'remote call through an export entry (current code or BIF)' },
  call_ext_last:    { code: 6,  operands: ['r', 'n', 'imp'], doc: 'remote tail call: args from r.. to R0..' },
  call_fun:         { code: 7,  operands: ['r', 'n'], doc: 'call the fun in r+3+n with n args from r+3' },
  call_fun_last:    { code: 8,  operands: ['r', 'n'], doc: 'tail-call the fun in r+n with n args from r' },
  apply:            { code: 9,  operands: ['r', 'n'], doc: 'call M:F with M in r+3+n, F in r+4+n, n args from r+3' },
  apply_last:       { code: 10, operands: ['r', 'n'], doc: 'tail apply: M in r+n, F in r+n+1, args from r' },
  return:           { code: 11, operands: ['s'], doc: 'return s to the caller' },

  is_integer:       { code: 12, operands: ['l', 's'], doc: 'jump to l unless s is an integer' },
  is_float:         { code: 13, operands: ['l', 's'], doc: 'jump to l unless s is a float' },
  is_number:        { code: 14, operands: ['l', 's'], doc: 'jump to l unless s is a number' },
  is_atom:          { code: 15, operands: ['l', 's'], doc: 'jump to l unless s is an atom' },
  is_boolean:       { code: 16, operands: ['l', 's'], doc: 'jump to l unless s is true or false' },
  is_pid:           { code: 17, operands: ['l', 's'], doc: 'jump to l unless s is a pid' },
  is_reference:     { code: 18, operands: ['l', 's'], doc: 'jump to l unless s is a reference' },
  is_port:          { code: 19, operands: ['l', 's'], doc: 'jump to l unless s is a port' },
  is_function:      { code: 20, operands: ['l', 's'], doc: 'jump to l unless s is a fun' },
  is_function2:     { code: 21, operands: ['l', 's', 's'], doc: 'jump to l unless s1 is a fun of arity s2' },
  is_binary:        { code: 22, operands: ['l', 's'], doc: 'jump to l unless s is a binary (whole bytes)' },
  is_bitstring:     { code: 23, operands: ['l', 's'], doc: 'jump to l unless s is a bitstring' },
  is_list:          { code: 24, operands: ['l', 's'], doc: 'jump to l unless s is [] or a cons' },
  is_nonempty_list: { code: 25, operands: ['l', 's'], doc: 'jump to l unless s is a cons' },
  is_nil:           { code: 26, operands: ['l', 's'], doc: 'jump to l unless s is []' },
  is_tuple:         { code: 27, operands: ['l', 's'], doc: 'jump to l unless s is a tuple' },
  is_map:           { code: 28, operands: ['l', 's'], doc: 'jump to l unless s is a map' },
  test_arity:       { code: 29, operands: ['l', 's', 'n'], doc: 'jump to l unless s is a tuple of size n' },
  is_tagged_tuple:  { code: 30, operands: ['l', 's', 'n', 's'], doc: 'jump to l unless s is a tuple of size n whose first element is the atom s2' },
  is_eq_exact:      { code: 31, operands: ['l', 's', 's'], doc: 'jump to l unless s1 =:= s2' },
  is_ne_exact:      { code: 32, operands: ['l', 's', 's'], doc: 'jump to l unless s1 =/= s2' },
  is_eq:            { code: 33, operands: ['l', 's', 's'], doc: 'jump to l unless s1 == s2' },
  is_ne:            { code: 34, operands: ['l', 's', 's'], doc: 'jump to l unless s1 /= s2' },
  is_lt:            { code: 35, operands: ['l', 's', 's'], doc: 'jump to l unless s1 < s2' },
  is_ge:            { code: 36, operands: ['l', 's', 's'], doc: 'jump to l unless s1 >= s2' },

  get_list:         { code: 37, operands: ['s', 'r', 'r'], doc: 'r1 := hd(s), r2 := tl(s); s is known to be a cons' },
  get_hd:           { code: 38, operands: ['s', 'r'], doc: 'r := hd(s); s is known to be a cons' },
  get_tl:           { code: 39, operands: ['s', 'r'], doc: 'r := tl(s); s is known to be a cons' },
  get_tuple_element:{ code: 40, operands: ['s', 'n', 'r'], doc: 'r := element n (0-based) of the tuple s' },
  put_list:         { code: 41, operands: ['s', 's', 'r'], doc: 'r := [s1 | s2]' },
  put_tuple:        { code: 42, operands: ['r', 'list'], doc: 'r := a tuple of the listed sources' },

  bif:              { code: 43, operands: ['l', 'bif', 'r', 'list'], doc: 'r := bif(args); on failure jump to l, or raise when l is 0' },
  bif1:             { code: 44, operands: ['l', 'bif', 's', 'r'], doc: 'r := bif(s); on failure jump to l, or raise when l is 0' },
  bif2:             { code: 45, operands: ['l', 'bif', 's', 's', 'r'], doc: 'r := bif(s1, s2); on failure jump to l, or raise when l is 0' },
  add:              { code: 46, operands: ['l', 's', 's', 'r'], doc: 'r := s1 + s2 (small integers inline, else erlang:+/2)' },
  sub:              { code: 47, operands: ['l', 's', 's', 'r'], doc: 'r := s1 - s2 (small integers inline, else erlang:-/2)' },

  badmatch:         { code: 48, operands: ['s'], doc: 'raise error:{badmatch, s}' },
  case_end:         { code: 49, operands: ['s'], doc: 'raise error:{case_clause, s}' },
  if_end:           { code: 50, operands: [], doc: 'raise error:if_clause' },
  try_case_end:     { code: 51, operands: ['s'], doc: 'raise error:{try_clause, s}' },
  func_clause:      { code: 52, operands: ['n'], doc: 'raise error:function_clause for this function called with R0..R(n-1)' },
  badrecord:        { code: 53, operands: ['s'], doc: 'raise error:{badrecord, s}' },
  try:              { code: 54, operands: ['l', 'r'], doc: 'push a try handler: on exception continue at l with class, reason, stacktrace in r, r+1, r+2' },
  try_end:          { code: 55, operands: [], doc: 'pop the innermost handler' },
  catch:            { code: 56, operands: ['l', 'r'], doc: "push a catch handler: on exception continue at l with the catch value ('EXIT' tuple or thrown term) in r" },
  raise:            { code: 57, operands: ['s', 's', 's'], doc: 'raise class s1, reason s2 with the stacktrace s3 (rethrow from a handler)' },

  recv_peek:        { code: 58, operands: ['l', 'r'], doc: 'r := the message at the receive cursor, or jump to l if there is none' },
  recv_remove:      { code: 59, operands: [], doc: 'remove the message at the cursor from the mailbox and reset the cursor' },
  recv_next:        { code: 60, operands: ['l'], doc: 'advance the cursor and continue at l' },
  recv_wait:        { code: 61, operands: ['l'], doc: 'suspend until a new message arrives, then continue at l' },
  recv_wait_timeout:{ code: 62, operands: ['l', 's'], doc: 'like recv_wait with a timeout of s ms; on timeout fall through' },
  recv_timeout:     { code: 63, operands: [], doc: 'the timeout fired: reset the cursor' },

  make_fun:         { code: 64, operands: ['r', 'fun', 'list'], doc: 'r := a fun for lambda f capturing the listed free variables' },
  put_map_assoc:    { code: 65, operands: ['l', 'r', 's', 'list'], doc: 'r := s updated with key => value pairs; fail {badmap, s}' },
  put_map_exact:    { code: 66, operands: ['l', 'r', 's', 'list'], doc: 'r := s updated with key := value pairs; fail {badkey,K} or {badmap, s}' },
  get_map_elements: { code: 67, operands: ['l', 's', 'list'], doc: 'for each (key source, register number) pair: register := s[key]; jump to l if a key is missing' },

  bs_build:         { code: 68, operands: ['l', 'r', 'list'], doc: 'r := a bitstring from (spec, value, size) triples; fail badarg' },
  bs_start_match:   { code: 69, operands: ['l', 's', 'r'], doc: 'r := a match context over the bitstring s, or jump to l' },
  bs_get:           { code: 70, operands: ['l', 'r', 'n', 's', 'r'], doc: 'r2 := the next segment of context r1 with spec n and size s, or jump to l' },
  bs_skip:          { code: 71, operands: ['l', 'r', 'n', 's'], doc: 'skip a segment of context r with spec n and size s, or jump to l' },
  bs_test_tail:     { code: 72, operands: ['l', 'r', 'n'], doc: 'jump to l unless exactly n bits remain in context r' },
  bs_get_tail:      { code: 73, operands: ['r', 'r'], doc: 'r2 := the rest of context r1 as a bitstring' },
  bs_test_unit:     { code: 74, operands: ['l', 'r', 'n'], doc: 'jump to l unless the remaining bits of context r are a multiple of n' },

  catch_end:        { code: 75, operands: [], doc: 'pop the innermost catch handler (same as try_end)' },
} as const satisfies Record<string, OpSpec>;

export type OpName = keyof typeof OPCODES;

/** Opcode name by code, built once from the table. */
export const OP_NAMES: readonly string[] = (() => {
  const names: string[] = [];
  for (const [name, spec] of Object.entries(OPCODES)) names[spec.code] = name;
  return names;
})();

/** Operand kinds by code, built once from the table. */
export const OP_OPERANDS: readonly (readonly OperandKind[])[] = (() => {
  const ops: (readonly OperandKind[])[] = [];
  for (const spec of Object.values(OPCODES)) ops[spec.code] = spec.operands;
  return ops;
})();

/** Length in code words of the instruction at `pc` (the opcode included). */
export function instructionLength(code: ArrayLike<number>, pc: number): number {
  const kinds = OP_OPERANDS[code[pc]];
  let len = 1;
  for (const k of kinds) {
    if (k === 'list') len += 1 + code[pc + len];
    else len += 1;
  }
  return len;
}

// Binary segment specs (the `n` of bs_get/bs_skip and the spec literal of bs_build):
//   bits 0-3 type, bit 4 signed, bit 5 little, bit 6 native, bits 8.. unit.
export const BS_INTEGER = 0;
export const BS_FLOAT = 1;
export const BS_BINARY = 2;
export const BS_BITSTRING = 3;
export const BS_UTF8 = 4;
export const BS_UTF16 = 5;
export const BS_UTF32 = 6;
export const BS_SIGNED = 16;
export const BS_LITTLE = 32;
export const BS_NATIVE = 64;
