// How the extension runs the server, apart from VS Code so that
// `npm test` checks it: `policyc lsp`, with the settings given.
"use strict";

/**
 * The command that starts the language server.
 * @param {string | undefined} path the `policyc.path` setting
 * @param {number | null | undefined} maxFileSize the `policyc.maxFileSize` setting
 * @returns {{ command: string, args: string[] }}
 */
function serverOptions(path, maxFileSize) {
  const command = typeof path === "string" && path.trim() !== "" ? path.trim() : "policyc";
  const args = ["lsp"];
  if (Number.isInteger(maxFileSize) && maxFileSize > 0) {
    args.push("--max-file-size", String(maxFileSize));
  }
  return { command, args };
}

module.exports = { serverOptions };
