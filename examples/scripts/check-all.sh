#!/usr/bin/env bash
# Checks every .json file directly in a folder with `bcf check`, in one run, and
# exits non-zero if any file fails: 1 when some file has an ERROR finding, 2 when
# some file cannot be read or parsed (or there is nothing to check).
#
# Usage: examples/scripts/check-all.sh [DIR] [bcf check options...]
#   DIR defaults to examples/data. Options such as --format json are passed on.
#   examples/scripts/check-all.sh returns/2017-18-q2 --format json > report.json
set -uo pipefail

source_path="${BASH_SOURCE[0]}"
while [[ -L "$source_path" ]]; do
  link_dir="$(cd -P "$(dirname "$source_path")" && pwd)"
  source_path="$(readlink "$source_path")"
  [[ "$source_path" == /* ]] || source_path="$link_dir/$source_path"
done
script_dir="$(cd -P "$(dirname "$source_path")" && pwd)"
bcf="$script_dir/../../bin/bcf"

dir="${1:-$script_dir/../data}"
[[ $# -gt 0 ]] && shift

if [[ ! -d "$dir" ]]; then
  echo "check-all: $dir is not a folder" >&2
  exit 2
fi

shopt -s nullglob
files=("$dir"/*.json)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "check-all: no .json files in $dir" >&2
  exit 2
fi

"$bcf" check "$@" -- "${files[@]}"
status=$?
if [[ $status -ne 0 ]]; then
  echo "check-all: ${#files[@]} files in $dir checked; bcf check exited with status $status" >&2
fi
exit $status
