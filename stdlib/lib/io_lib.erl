%% io_lib, the Erlang half: formatted reading and a few wrappers. Formatting and term writing are BIFs
%% (stdlib/bifs/io-lib.ts, io-lib-format.ts).
-module(io_lib).
-export([fread/2, fread/3, quote_atom/2, write_unicode_string/1, write_unicode_char/1]).

fread(Format, String) -> io_lib_fread:fread(Format, String).

fread(Cont, Chars, Format) -> io_lib_fread:fread(Cont, Chars, Format).

%% Whether Atom (whose characters are Chars) must be quoted to read back as that atom.
quote_atom(Atom, Chars) when is_atom(Atom) -> io_lib:write_atom(Atom) =/= Chars.

write_unicode_string(S) -> io_lib:write_string(S).
write_unicode_char(C) -> io_lib:write_char(C).
