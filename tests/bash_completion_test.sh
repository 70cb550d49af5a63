#!/usr/bin/env bash
# The bash completion for signaal completes command words and each command's options, as read
# from the program's --help.
# usage: bash_completion_test.sh SIGNAAL COMPLETION_FILE
set -uo pipefail
signaal=$1
source "$2"
complete_line() {  # words typed, the last one being completed
    COMP_WORDS=("$signaal" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _signaal
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
fails=0
expect() {  # expect "WANTED WORD" words...
    local want=$1; shift
    local got
    got=$(complete_line "$@")
    if [[ " $got " != *" $want "* ]]; then echo "completing '$*': no '$want' in: $got"; fails=$((fails + 1)); fi
}
expect_not() {
    local unwanted=$1; shift
    local got
    got=$(complete_line "$@")
    if [[ " $got " == *" $unwanted "* ]]; then echo "completing '$*': '$unwanted' should not be in: $got"; fails=$((fails + 1)); fi
}
expect report ""
expect report rep
expect content ""
expect --version --
expect completions report ""
expect expiring report exp
expect_not completions report exp
expect --venue report completions --
expect --format report completions --f
expect --db db backup --
expect_not --venue db backup --
[ $fails -eq 0 ] && echo "bash completion: ok"
exit $((fails > 0))
