#!/usr/bin/env bash
# What the GitHub Action (action.yml) does once cro is built: check the plans with GitHub
# annotations and the whole report in the job summary, then the optional break-even gate.
# It lives in a script, not in action.yml, so that it runs — and is tested — outside
# GitHub (test/package/action.test.ts).
#
# Inputs, as environment variables (action.yml maps its inputs to these names):
#   INPUT_PATHS              plan files or folders, separated by spaces or new lines;
#                            empty: the `plans` of cro.config.yaml, else the folder itself
#   INPUT_MAX_MONTHS         the break-even gate: a whole number of months, or `config` for
#                            breakeven.maxMonths of cro.config.yaml; empty: no gate
#   INPUT_AS_OF              YYYY-MM-DD, the day time-based findings are computed for;
#                            empty: today
#   INPUT_WORKING_DIRECTORY  the plans repository's folder (default .)
#   CRO_BIN                  the cro entry point to run with node (default: bin/cro.js of
#                            the checkout this script is in)
#   GITHUB_WORKSPACE         set by GitHub: annotations must name files relative to it
#   GITHUB_STEP_SUMMARY      set by GitHub: the file of the job summary, where the whole
#                            report goes in Markdown; unset: no summary
#   CRO_DIFF_BASE            on a pull request, its base and head commits (action.yml sets
#   CRO_DIFF_HEAD            them from the event): `cro diff --format markdown base...head`,
#                            what the pull request changes in the method's terms, goes to
#                            the job summary too; unset: no diff
#
# Exit status: 0 when the check and the gate pass; otherwise the higher of their statuses
# (1: error-level findings or a failed gate; 2: a usage or configuration error).
# Both always run, so one run shows every problem.
set -uo pipefail

here="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
cro_bin="${CRO_BIN:-$here/../bin/cro.js}"
working_directory="${INPUT_WORKING_DIRECTORY:-.}"
# White space around a value (a stray space in the workflow file) is not part of it.
max_months="${INPUT_MAX_MONTHS:-}"
max_months="${max_months//[[:space:]]/}"
as_of="${INPUT_AS_OF:-}"
as_of="${as_of//[[:space:]]/}"

# Paths are split on white space only (no globbing: cro searches folders itself).
paths=()
read -r -d '' -a paths <<<"${INPUT_PATHS:-}" || true

# Workflow commands escape %, CR and LF in a message, and also `:` and `,` in a property
# (as cro's github format does).
escape_message() {
  local value="${1//%/%25}"
  value="${value//$'\r'/%0D}"
  printf '%s' "${value//$'\n'/%0A}"
}
escape_property() {
  local value
  value="$(escape_message "$1")"
  value="${value//:/%3A}"
  printf '%s' "${value//,/%2C}"
}

if ! cd -- "$working_directory" 2>/dev/null; then
  echo "::error title=cro::working-directory $(escape_message "$working_directory") is not a folder"
  exit 2
fi

gate_args=()
case "$max_months" in
  '' | config) ;;
  *[!0-9]*)
    echo "::error title=cro::max-months must be a whole number of months or \`config\`, not \"$(escape_message "$max_months")\""
    exit 2
    ;;
  *) gate_args=(--max-months "$max_months") ;;
esac

common_args=()
if [[ -n "$as_of" ]]; then common_args=(--as-of "$as_of"); fi

# cro names files relative to the folder it runs in; GitHub places an annotation only when
# its file is relative to the repository root. From a sub-folder, prefix that folder.
annotation_prefix=''
if [[ -n "${GITHUB_WORKSPACE:-}" ]]; then
  annotation_prefix="$(node -e '
    const { realpathSync } = require("node:fs");
    const { relative, sep } = require("node:path");
    const rel = relative(realpathSync(process.argv[1]), realpathSync("."));
    process.stdout.write(rel.startsWith("..") ? "" : rel.split(sep).join("/"));
  ' "$GITHUB_WORKSPACE")"
fi

relative_to_workspace() {
  if [[ -z "$annotation_prefix" ]]; then
    cat
    return
  fi
  # Escaping leaves `/` and `.` alone, so the escaped path normalises like the plain one.
  ANNOTATION_PREFIX="$(escape_property "$annotation_prefix")" node -e '
    const { createInterface } = require("node:readline");
    const { posix } = require("node:path");
    const prefix = process.env.ANNOTATION_PREFIX;
    createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
      const annotated = line.replace(/^(::(?:error|warning|notice) file=)([^,:]*)/, (_, command, file) => command + posix.normalize(`${prefix}/${file}`));
      process.stdout.write(annotated + "\n");
    });
  '
}

# Shows a command in the log as a user would type it.
show() {
  local shown='cro' arg
  for arg in "$@"; do
    [[ "$arg" == -- ]] || shown+=" $arg"
  done
  echo "$shown"
}

# `--` ends the options, so a path that starts with `-` is still a path. The
# ${array[@]+...} form expands an empty array to nothing even under set -u in bash 3.2
# (macOS runners).
check_command=(check --format github ${common_args[@]+"${common_args[@]}"} -- ${paths[@]+"${paths[@]}"})
show "${check_command[@]}"
node "$cro_bin" "${check_command[@]}" | relative_to_workspace
check_status=${PIPESTATUS[0]}
if ((check_status >= 2)); then
  echo "::error title=cro check::cro check could not run (exit status $check_status); cro's message is in the log"
elif [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  # GitHub shows 10 annotations of each level per step: the whole report goes to the job
  # summary, in Markdown. Appended, as GitHub asks; its notes on stderr were shown above.
  summary_command=(check --format markdown ${common_args[@]+"${common_args[@]}"} -- ${paths[@]+"${paths[@]}"})
  node "$cro_bin" "${summary_command[@]}" >>"$GITHUB_STEP_SUMMARY" 2>/dev/null
fi

# What the pull request changes, in the method's terms, after the report. It never fails
# the step: a checkout without the base's history (fetch-depth 1) only loses the diff.
if [[ -n "${GITHUB_STEP_SUMMARY:-}" && -n "${CRO_DIFF_BASE:-}" && -n "${CRO_DIFF_HEAD:-}" ]]; then
  diff_command=(diff --format markdown ${common_args[@]+"${common_args[@]}"} "$CRO_DIFF_BASE...$CRO_DIFF_HEAD" -- ${paths[@]+"${paths[@]}"})
  show "${diff_command[@]}"
  if ! diff_output="$(node "$cro_bin" "${diff_command[@]}")"; then
    echo "::warning title=cro diff::cro diff could not compare the pull request with its base (is the checkout's fetch-depth 0?); cro's message is in the log"
  else
    printf '\n%s' "$diff_output" >>"$GITHUB_STEP_SUMMARY"
    printf '\n' >>"$GITHUB_STEP_SUMMARY"
  fi
fi

gate_status=0
if [[ -n "$max_months" ]]; then
  gate_command=(breakeven ${gate_args[@]+"${gate_args[@]}"} ${common_args[@]+"${common_args[@]}"} -- ${paths[@]+"${paths[@]}"})
  show "${gate_command[@]}"
  node "$cro_bin" "${gate_command[@]}"
  gate_status=$?
  if ((gate_status == 1)); then
    if [[ "$max_months" == config ]]; then limit='breakeven.maxMonths in cro.config.yaml'; else limit="$max_months months"; fi
    echo "::error title=Break-even gate::A plan pays back later than the limit ($limit) or never; the lines above name it"
  elif ((gate_status >= 2)); then
    echo "::error title=Break-even gate::cro breakeven could not run (exit status $gate_status); cro's message is in the log"
  fi
fi

exit $((check_status > gate_status ? check_status : gate_status))
