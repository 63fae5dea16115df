#!/bin/sh
# Checks our Erlang library modules (stdlib/lib/<m>.erl) against real OTP 25, module by module.
# For each module: run tests/conformance/stdlib-lib/<m>_test.erl on plain OTP and compare with <m>_test.expected;
# then hot-load our <m> in place of OTP's (erl -nostick + code:load_abs), run the test again, diff.
# The functions minierl implements as TypeScript BIFs are absent from our .erl files, so the build
# step adds shims forwarding them to a renamed copy of OTP's module (otp_<m>), or BIF stubs.
# Usage: tools/verify-lib.sh [--record] [module...]   (--record rewrites the .expected files)
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/verify-lib.XXXXXX)
RECORD=0
if [ "${1:-}" = "--record" ]; then RECORD=1; shift; fi
MODS=${*:-lists proplists orddict ordsets dict sets gb_trees gb_sets queue string maps}

cat > "$WORK/verify_build.erl" <<'ERL'
-module(verify_build).
-export([build/1]).
%% Functions minierl provides as TypeScript BIFs; our .erl files must not define them.
bifs(lists) -> [{reverse,1},{reverse,2},{member,2},{keyfind,3},{keymember,3},{keysearch,3},
  {append,2},{nth,2},{nthtail,2},{last,1},{sum,1},{max,1},{min,1},{seq,2},{seq,3},{duplicate,2},
  {sort,1},{usort,1},{keysort,2},{flatten,1},{flatten,2},{sublist,2},{sublist,3},{delete,2},
  {subtract,2},{zip,2},{unzip,1},{split,2},{prefix,2},{suffix,2}];
bifs(maps) -> [{get,2},{get,3},{find,2},{put,3},{remove,2},{keys,1},{values,1},{to_list,1},
  {from_list,1},{is_key,2},{merge,2},{size,1},{new,0},{update,3},{take,2},{from_keys,2},
  {with,2},{without,2}];
bifs(_) -> [].
build([MA, Src, Out]) ->
  M = list_to_atom(MA), Otp = list_to_atom("otp_" ++ MA),
  {ok, {M, [{abstract_code, {raw_abstract_v1, OtpForms}}]}} =
      beam_lib:chunks(code:which(M), [abstract_code]),
  Renamed = [case F of {attribute, L, module, M} -> {attribute, L, module, Otp}; _ -> F end
             || F <- OtpForms],
  {ok, Otp, OtpBin} = compile:forms(Renamed, [binary, nowarn_unused_function]),
  ok = file:write_file(filename:join(Out, "otp_" ++ MA ++ ".beam"), OtpBin),
  {ok, Forms} = epp:parse_file(Src, []),
  Defined = [{F, A} || {function, _, F, A, _} <- Forms],
  Exported = lists:append([Es || {attribute, _, export, Es} <- Forms]),
  OtpExports = M:module_info(exports) -- [{module_info, 0}, {module_info, 1}],
  Bifs = bifs(M),
  Problems = [{defines_bif, FA} || FA <- Defined, lists:member(FA, Bifs)]
      ++ [{missing, FA} || FA <- OtpExports -- (Exported ++ Bifs)]
      ++ [{extra_export, FA} || FA <- Exported -- OtpExports],
  [io:format(standard_error, "~s: ~p~n", [MA, P]) || P <- Problems],
  Problems =:= [] orelse halt(1),
  Shims = [shim(M, Otp, F, A) || {F, A} <- Bifs],
  {Head, Tail} = lists:splitwith(fun({attribute, _, module, _}) -> false; (_) -> true end, Forms),
  [ModAttr | Rest] = Tail,
  {Body, [Eof]} = lists:split(length(Rest) - 1, Rest),
  All = Head ++ [ModAttr, {attribute, 1, export, Bifs}] ++ Body ++ Shims ++ [Eof],
  case compile:forms(All, [binary, return_errors, report_warnings, {source, Src}]) of
    {ok, M, Bin} -> ok = file:write_file(filename:join(Out, MA ++ ".beam"), Bin);
    {ok, M, Bin, _} -> ok = file:write_file(filename:join(Out, MA ++ ".beam"), Bin);
    Err -> io:format(standard_error, "~p~n", [Err]), halt(1)
  end.
shim(M, Otp, F, A) ->
  Vars = [{var, 1, list_to_atom("X" ++ integer_to_list(I))} || I <- lists:seq(1, A)],
  case erlang:is_builtin(M, F, A) of
    true ->
      Stub = {call, 1, {remote, 1, {atom, 1, erlang}, {atom, 1, nif_error}}, [{atom, 1, undef}]},
      {function, 1, F, A, [{clause, 1, [{var, 1, '_'} || _ <- Vars], [], [Stub]}]};
    false ->
      Call = {call, 1, {remote, 1, {atom, 1, Otp}, {atom, 1, F}}, Vars},
      {function, 1, F, A, [{clause, 1, Vars, [], [Call]}]}
  end.
ERL
erlc -o "$WORK" "$WORK/verify_build.erl" || exit 2

status=0
for m in $MODS; do
  d="$WORK/$m"; mkdir -p "$d"
  t="$ROOT/tests/conformance/stdlib-lib/${m}_test"
  erl -noshell -pa "$WORK" -eval "verify_build:build([\"$m\", \"$ROOT/stdlib/lib/$m.erl\", \"$d\"]), halt()." || { status=1; continue; }
  erlc -o "$d" "$t.erl" || { status=1; continue; }
  # Helper modules that are not OTP modules (string_case) are needed by the module under test.
  for h in "$ROOT"/stdlib/lib/*.erl; do
    hm=$(basename "$h" .erl)
    case " lists proplists orddict ordsets dict sets gb_trees gb_sets queue string maps " in
      *" $hm "*) ;;
      *) erlc -o "$d" "$h" || status=1 ;;
    esac
  done
  escript "$t.erl" > "$d/otp.out" 2>&1
  if [ $RECORD = 1 ]; then cp "$d/otp.out" "$t.expected"; fi
  erl -noshell -nostick -pa "$d" -eval "
    {module, _} = code:load_abs(\"$d/otp_$m\"),
    code:purge($m), {module, $m} = code:load_abs(\"$d/$m\"),
    ${m}_test:main([]), halt()." > "$d/mine.out" 2>&1
  if cmp -s "$d/otp.out" "$t.expected" && cmp -s "$d/mine.out" "$t.expected"; then
    echo "$m: ok ($(wc -l < "$t.expected") lines)"
  else
    echo "$m: DIFF (expected vs ours)"; diff "$t.expected" "$d/mine.out" | head -40
    cmp -s "$d/otp.out" "$t.expected" || echo "$m: OTP output no longer matches $t.expected"
    status=1
  fi
done
rm -rf "$WORK"
exit $status
