#!/usr/bin/env node
// The bin only loads the bundled CLI, which runs main(process.argv) itself.
import "../dist/cli.mjs";
