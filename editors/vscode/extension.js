// Starts `policyc lsp` for .policy files. The binary is `policyc.path`
// (default: `policyc` on PATH); a change of the setting restarts it.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");
const { serverOptions } = require("./server");

let client;

async function start() {
  const config = vscode.workspace.getConfiguration("policyc");
  const options = serverOptions(config.get("path"), config.get("maxFileSize"));
  client = new LanguageClient(
    "policyc",
    "policyc",
    { run: { ...options, transport: TransportKind.stdio }, debug: { ...options, transport: TransportKind.stdio } },
    { documentSelector: [{ scheme: "file", language: "policy" }, { scheme: "untitled", language: "policy" }] },
  );
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `policyc: cannot start \`${options.command} lsp\` (${error.message}); set "policyc.path" to the policyc binary`,
    );
  }
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("policyc")) {
        await deactivate();
        await start();
      }
    }),
  );
  await start();
}

async function deactivate() {
  if (client) {
    const stopping = client;
    client = undefined;
    await stopping.stop();
  }
}

module.exports = { activate, deactivate };
