# Every diagnostic code the library can emit is documented in a man page (rule codes SIEG-E are data:
# sieg explain documents them).
$ for c in $(grep -rhoE '"SIEG-[A-Z]+[0-9]+"' lib | tr -d '"' | grep -v '^SIEG-E' | sort -u); do cat man/*.[15] | grep -q "^.B.*${c/-/\\\\-}" || echo "undocumented: $c"; done
# Every man page renders without warnings.
$ for m in man/*.[15]; do LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$m" 2>&1 >/dev/null; done
# Every subcommand in the dispatch table has its man page.
$ sieg --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF && !/Subcommands/ {print $1}' | while read c; do test -f "man/sieg-$c.1" || echo "no man page: $c"; done
# Every subcommand is in sieg(1)'s list of commands.
$ sieg --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF && !/Subcommands/ {print $1}' | while read c; do grep -q "^\.B $c\b" man/sieg.1 || echo "not in sieg(1): $c"; done
# sieg(1)'s SEE ALSO names every other man page (issue 31).
$ for m in man/*.[15]; do n=$(basename "$m"); n=${n%.*}; [ "$n" = sieg ] && continue; sed -n '/^\.SH SEE ALSO/,$p' man/sieg.1 | grep -q "^\.BR ${n//-/\\\\-} (" || echo "not in sieg(1)'s SEE ALSO: $n"; done
# Every man page fits 80 columns, and its .TH date is a real day (YYYY-MM-DD) (issue 31).
$ for m in man/*.[15]; do LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$m" 2>/dev/null | python3 -c 'import sys; n = sum(len(l.rstrip("\n")) > 80 for l in sys.stdin); sys.exit(n > 0)' || echo "wider than 80 columns: $m"; done
$ for m in man/*.[15]; do d=$(sed -n 's/^\.TH [^ ]* [0-9] "\([^"]*\)".*/\1/p' "$m"); date -d "$d" +%F 2>/dev/null | grep -qx "$d" || echo "bad .TH date in $m: $d"; done
