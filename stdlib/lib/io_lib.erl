%% io_lib, the Erlang half: formatted reading. Formatting and term writing are BIFs
%% (stdlib/bifs/io-lib.ts, io-lib-format.ts).
-module(io_lib).
-export([fread/2, fread/3]).

fread(Format, String) -> io_lib_fread:fread(Format, String).

fread(Cont, Chars, Format) -> io_lib_fread:fread(Cont, Chars, Format).
