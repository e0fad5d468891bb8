# The hostile inputs too big, too deep or too odd to keep in git, made on demand (sourced by
# tests/hostile/run.sh and bench/hostile.sh; needs $root, the repository, and $work, a scratch folder).
generate() {  # gen:NAME -> a path in $work
  local name=${1#gen:} p="$work/${1#gen:}.yaml"
  case $name in
    deep-flow-1e6) head -c 1000000 /dev/zero | tr '\0' '[' >"$p"; head -c 1000000 /dev/zero | tr '\0' ']' >>"$p" ;;
    deep-block-1000) for i in $(seq 0 999); do printf '%*sk%d:\n' "$i" '' "$i"; done >"$p" ;;
    size-100mb) truncate -s 100M "$p" ;;
    partners-10000)
      sed -n '1,/^partenaires:/p' "$root/examples/aquitaine-micro-creche.yaml" >"$p"
      for i in $(seq 1 10000); do
        printf '  - nom: Partenaire %d\n    nature: association\n    role: Rôle %d dans le projet.\n    departement: "33"\n' "$i" "$i"
      done >>"$p"
      sed -n '/^partenaires:/,$p' "$root/examples/aquitaine-micro-creche.yaml" | sed '1d' >>"$p" ;;
    long-line-3mb)
      { sed -n '1,/^  resume: >-/p' "$root/examples/aquitaine-micro-creche.yaml" | sed '$ d'
        printf '  resume: %s\n' "$(head -c 3000000 /dev/zero | tr '\0' 'x')"
        sed -n '/^  resume: >-/,$p' "$root/examples/aquitaine-micro-creche.yaml" | sed '1,3d'; } >"$p" ;;
    symlink-loop) ln -s "$p" "$p" ;;
    fifo) mkfifo "$p" ;;
    directory) mkdir "$p" ;;
    keys-*) { echo 'format: 1'; seq 1 "${name#keys-}" | sed 's/^/k/; s/$/: v/'; } >"$p" ;;  # keys-N: N unknown keys
    flow-line-*) { echo 'format: 1'; printf 'liste: ['; seq -s, 1 "${name#flow-line-}" | tr -d '\n'; echo ']'; } >"$p" ;;  # N items, one line
    missing) ;;
  esac
  echo "$p"
}

