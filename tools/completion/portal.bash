# bash completion for portal: commands, their options, and the values of
# --language, --format and the folder options. Installed into
# share/bash-completion/completions/portal.
_portal() {
  local cur prev words cword
  _init_completion || return
  local commands="build check serve new init"
  local command="" i
  for ((i = 1; i < cword; i++)); do
    case "${words[i]}" in
      build|check|serve|new|init) command="${words[i]}"; break ;;
    esac
  done
  case "$prev" in
    --root|--out) _filedir -d; return ;;
    --format) COMPREPLY=($(compgen -W "text json" -- "$cur")); return ;;
    --language) COMPREPLY=($(compgen -W "kk ru tr en" -- "$cur")); return ;;
    --host|--port) return ;;
  esac
  local opts
  case "$command" in
    "") opts="$commands --help --version" ;;
    build) opts="--root --out --strict --drafts --timings --format --quiet --verbose --help" ;;
    check) opts="--root --strict --drafts --format --quiet --verbose --help" ;;
    serve) opts="--root --out --host --port --base-url --poll --help" ;;
    new) opts="--root --language --help" ;;
    init) opts="--help"; [[ "$cur" != -* ]] && { _filedir -d; return; } ;;
  esac
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -F _portal portal
