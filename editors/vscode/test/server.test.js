// The extension's command line, and the server it starts answering
// `initialize` (when a built policyc is found: POLICYC, or the
// workspace's target/debug/policyc).
"use strict";

const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const { spawn } = require("node:child_process");
const { serverOptions } = require("../server");

test("the default command is policyc lsp", () => {
  assert.deepStrictEqual(serverOptions(undefined, null), { command: "policyc", args: ["lsp"] });
  assert.deepStrictEqual(serverOptions("  ", undefined), { command: "policyc", args: ["lsp"] });
});

test("the settings give the path and the size limit", () => {
  assert.deepStrictEqual(serverOptions("/opt/policyc", 1024), {
    command: "/opt/policyc",
    args: ["lsp", "--max-file-size", "1024"],
  });
  assert.deepStrictEqual(serverOptions("policyc", -1).args, ["lsp"]);
});

const built = process.env.POLICYC || path.join(__dirname, "..", "..", "..", "target", "debug", "policyc");

test("the server started so answers initialize", { skip: !fs.existsSync(built) && `no policyc at ${built}` }, async () => {
  const { command, args } = serverOptions(built, null);
  const server = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const answer = await new Promise((resolve, reject) => {
    let received = "";
    const timer = setTimeout(() => reject(new Error("no answer in 20 s")), 20000);
    server.stdout.on("data", (chunk) => {
      received += chunk;
      const start = received.indexOf("\r\n\r\n");
      if (start >= 0) {
        const length = Number(/Content-Length: (\d+)/.exec(received)[1]);
        if (received.length >= start + 4 + length) {
          clearTimeout(timer);
          resolve(JSON.parse(received.slice(start + 4, start + 4 + length)));
        }
      }
    });
  });
  server.kill();
  assert.strictEqual(answer.result.serverInfo.name, "policyc");
  assert.strictEqual(answer.result.capabilities.hoverProvider, true);
});
