#!/bin/bash
# complete.sh SHELL WORD...: what `sieg completions SHELL` offers for the command line WORD... (the last
# word is the one being completed), one candidate per line, sorted. Exit 77 when SHELL is not installed.
# bash and fish complete for real (bash calls the function as `complete -F` would; fish's complete -C);
# zsh's completion system needs a terminal, so its builtins are replaced by stubs that print what the
# function asked for (compadd's words, _describe's entries, _files's arguments).
set -u
shell=$1
shift
command -v "$shell" >/dev/null || exit 77
script=$(mktemp)
trap 'rm -f "$script"' EXIT
sieg completions "$shell" > "$script" || exit 1
case "$shell" in
  bash)
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _sieg
             printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$@" | sort ;;
  fish)
    line=""
    for w in "$@"; do line+="${line:+ }$w"; done
    fish -c 'source $argv[1]; complete -C$argv[2]' "$script" "$line" | cut -f1 | sort ;;
  zsh)
    zsh -c '
      compdef() { :; }
      compset() { :; }
      compadd() { while [[ $1 == -* && $1 != -- ]]; do [[ $1 == -S ]] && shift; shift; done; [[ $1 == -- ]] && shift; print -rl -- "$@"; }
      _describe() { local -a a; a=("${(@P)4}"); print -rl -- "${a[@]%%:*}"; }
      _files() { print -r -- "(files $*)"; }
      source "$1"; shift
      words=("$@"); CURRENT=${#words}
      _sieg' _ "$script" "$@" | sort ;;
esac
