% io_lib:fread/2,3: every directive, widths, suppression, errors, continuations
-module(fread_fns).
-mode(compile).
-export([main/1]).

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Cases = [{"~d ~s", "42 hello"}, {"~d", "abc"}, {"~d", "  -17rest"}, {"~d", "+5"}, {"~3d~d", "12345"},
             {"~u", "123x"}, {"~16u", "ffz"}, {"~2u", "1012"}, {"~u", " 1"},
             {"~-~d", "-5"}, {"~-~d", "+5"}, {"~-~d", "5"},
             {"~#", "16#ff"}, {"~#", "-2#101"}, {"~#", "40#1"}, {"~#", "x"}, {"~5#", "8#17 9"},
             {"~f", "3.25 x"}, {"~f", "-1.5e3"}, {"~f", "2"}, {"~f", "1.0E-2"}, {"~4f", "1.25"},
             {"~s", "  word  rest"}, {"~s~s", "ab cd"}, {"~3s", "abcdef"}, {"~s", [955, $a]}, {"~ts", [955, $a]},
             {"~s", "ab" ++ [955]},
             {"~a", "atom rest"}, {"~3a", "xyzw"}, {"~a", ""},
             {"~c", "abc"}, {"~3c", "abcd"}, {"~3c", "a\nb"}, {"~c", [300]}, {"~tc", [300]},
             {"~*d ~d", "1 2"}, {"~*s~s", "skip keep"}, {"~d~l~s", "12 ab"}, {"~l", ""},
             {"a~db", "a1b"}, {"a~db", "a1c"}, {"~~~d", "~7"}, {"~~", "x"},
             {"~d ~d", "1"}, {"~d", ""}, {"", "left"}, {"~q", "1"}, {" ~d", "\t\n 9"},
             {"~d,~d", "1,2,3"}],
    [p({F, S, io_lib:fread(F, S)}) || {F, S} <- Cases],
    p(io_lib:fread([], "12 ", "~d ~d")),
    {more, C1} = io_lib:fread([], "12 ", "~d ~d"),
    p(io_lib:fread(C1, "34\nrest", "~d ~d")),
    p(io_lib:fread([], "1 2\nleft over\n", "~d ~d")),
    p(io_lib:fread([], "12", "~d")),
    {more, C2} = io_lib:fread([], "12", "~d"),
    p(io_lib:fread(C2, eof, "~d")),
    p(io_lib:fread([], eof, "~d")),
    p(io_lib:fread([], "x\n", "~d")),
    p(io_lib:fread([], "1\r\n2\n", "~d ~d")),
    {more, C3} = io_lib:fread([], "1 ", "~d ~d"),
    p(io_lib:fread(C3, eof, "~d ~d")).
