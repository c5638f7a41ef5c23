#!/bin/sh
':' /*
# This file is both a POSIX sh script and an ES module. Run directly (the `wfc` npm puts on PATH), sh
# reads it: it starts node from wfc's V8 start-up snapshot (dist/wfc.blob, built by `npm run build`),
# where the CLI's modules are already loaded and its parser's grammar analysed, which saves most of a
# cold start. A snapshot only loads into the node binary that built it, with the same V8 flags (both
# recorded in dist/wfc.blob.node: the binary's size and mtime, then the flags), so with another node,
# with NODE_OPTIONS set, without a snapshot, or with WFC_NO_SNAPSHOT=1, it runs this same file with node. Run with node
# (`node bin/wfc.mjs`), everything up to the end of this comment is a string and a comment, and the
# import below loads the plain bundle: the same wfc, only slower to start. Either way node replaces
# the shell (exec), so signals and exit codes are node's.

# Follow symlinks (npm links node_modules/.bin/wfc here) to find the package root.
self=$0
while [ -L "$self" ]; do
  link=$(readlink -- "$self")
  case $link in /*) self=$link ;; *) self=${self%/*}/$link ;; esac
done
root=${self%/*}/..
blob=$root/dist/wfc.blob
if [ -z "${WFC_NO_SNAPSHOT:-}" ] && [ -z "${NODE_OPTIONS:-}" ] && [ -r "$blob" ] && [ -r "$blob.node" ] && node=$(command -v node); then
  { read -r built; read -r flags; } < "$blob.node"
  if [ "$(stat -L -c '%s %Y' -- "$node" 2>/dev/null)" = "$built" ]; then
    # $flags unquoted: one word per flag.
    WFC_ROOT=$root exec "$node" $flags --snapshot-blob "$blob" -- "$@"
  fi
fi
exec node "$self" "$@"
*/
// The bundled CLI runs main(process.argv) itself.
import "../dist/cli.mjs";
