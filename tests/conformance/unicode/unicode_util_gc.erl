%% unicode_util:cp/1 and gc/1: clusters and the exact shape of the rest, on flat, deep and binary chardata
-module(unicode_util_gc).
-export([main/1]).
-mode(compile).
all(F, S) -> case F(S) of [] -> []; {error, _} = E -> [E]; [G | R] -> [G | all(F, R)]; Other -> [{other, Other}] end.
t(F) -> try F() of V -> io:format("~w~n", [V]) catch C:R -> io:format("~w~n", [{C,R}]) end.
main(_) ->
  Inputs = ["", "a", "ab", "e\x{301}x", "a\r\nb", "\r", "\r\n", "\ra", 
            "\x{1F468}\x{200D}\x{1F469}\x{200D}\x{1F467}!", "\x{1100}\x{1161}\x{11A8}\x{AC00}x", "\x{AC01}\x{11A8}",
            "\x{1F1EB}\x{1F1F7}\x{1F1E9}", "\x{1F44D}\x{1F3FD}ok", "\x{915}\x{94D}\x{937}", "\x{600}a", "\x{600}\n",
            "\x{a9}\x{200D}\x{a9}", "\x{a9}\x{301}", "a\x{200D}b", "\x{2764}\x{FE0F}",
            <<"e\x{301}x"/utf8>>, <<"abc">>, <<"a\r\nb">>, <<"\x{1F468}\x{200D}\x{1F469}"/utf8>>, <<"a", 255>>, <<255, "a">>,
            <<"e", 204>>, <<"e\x{301}", 255>>,
            ["e", [<<"\x{301}"/utf8>>], $x], [[$a], [$b], $c], [[], "ab", [[]], <<"cd">>], ["a" | <<"bc">>],
            [<<"ab">>, <<"cd">>], [$e, <<16#cc, 16#81>>, "x"], [[[$a, $b, $c, $d, $e]]], [$a, [$b, [$c, [$d, [$e]]]]],
            [<<"\r">>, <<"\n">>], ["\r", "\n", "x"], [$\r | <<"\nx">>], [$e, [16#301, [16#302]], "y"],
            [16#1100, [16#1161], <<"\x{11A8}"/utf8>>, $z], [<<"x">>, 255], ["a", 16#301 | <<"b">>]],
  [t(fun() -> unicode_util:cp(I) end) || I <- Inputs],
  [t(fun() -> unicode_util:gc(I) end) || I <- Inputs],
  [t(fun() -> all(fun unicode_util:gc/1, I) end) || I <- Inputs],
  [t(fun() -> all(fun unicode_util:cp/1, I) end) || I <- Inputs],
  t(fun() -> unicode_util:gc(atom) end),
  t(fun() -> unicode_util:cp([atom]) end),
  ok.
