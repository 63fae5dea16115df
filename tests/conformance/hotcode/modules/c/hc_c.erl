%% Compiled by c_shell.erl with c:c/2.
-module(hc_c).
-export([v/0]).

v() -> compiled_by_c.

unused() -> ok.
