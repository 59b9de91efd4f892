#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The code builds on Windows and macOS too (issue 15): POSIX-only calls and headers may appear
# only in files that say "dbtc-posix-guarded" (and keep them behind a platform #if there).
# Prints file:line: posix: what. Comments are not code and are skipped.
set -uo pipefail
cd "$(dirname "$0")/../.."

calls='fork|vfork|waitpid|getrusage|sysconf|mmap|munmap|getpid|getppid|setenv|unsetenv|pipe|dup2|execv|execvp|execl|usleep|gettimeofday|clock_gettime|dlopen|dlsym|realpath|getuid|geteuid'
headers='unistd|dlfcn|pthread|pwd|grp|fcntl|termios|poll|sys/[a-z]+'
pattern="(^|[^A-Za-z0-9_.>:])(::)?(${calls})[[:space:]]*\\(|#[[:space:]]*include[[:space:]]*<(${headers})\\.h>"

problems=0
while IFS= read -r file; do
  grep -q 'dbtc-posix-guarded' "$file" && continue
  while IFS=: read -r line text; do
    [[ $text =~ ^[[:space:]]*// ]] && continue
    echo "$file:$line: posix: POSIX-only call or header outside a guarded file: ${text#"${text%%[![:space:]]*}"}"
    problems=$((problems + 1))
  done < <(grep -nE "$pattern" "$file")
done < <(git ls-files -- '*.cpp' '*.h' | grep -v '^tests/lint/')
((problems == 0))
