-module(unused_function).
-export([main/0]).

main() -> ok.

helper() -> not_called.
