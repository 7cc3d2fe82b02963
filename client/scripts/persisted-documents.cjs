// The app's persisted documents (docs/sync.md#operations-sent-by-hash): the text the server runs for each
// operation the app sends by hash alone. A document is its operation with the fragments it spreads
// and the `__typename` fields Apollo's cache adds before sending, printed by graphql-js; its name is
// the SHA-256 (lower-case hex) of that text, as Apollo's persisted queries hash a query. Each is a
// file server/persisted-documents/<hash>.graphql, written by codegen (codegen-documents.cjs) and
// never removed: an outbox entry queued under an older build still sends after an upgrade.
// CommonJS because graphql-codegen loads plugins with require.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { print } = require('graphql');
const { addTypenameToDocument } = require('@apollo/client/utilities');

const PERSISTED_DOCUMENTS_DIR = path.resolve(__dirname, '../../server/persisted-documents');

/** The text the server keeps for a document the app sends. @param {import('graphql').DocumentNode} document */
const persistedTextOf = (document) => `${print(addTypenameToDocument(document))}\n`;

/** @param {string} text */
const hashOf = (text) => createHash('sha256').update(text).digest('hex');

/**
 * Writes the document's file unless it is there already; returns its hash.
 * @param {import('graphql').DocumentNode} document
 * @param {string} [dir]
 */
function persistDocument(document, dir = PERSISTED_DOCUMENTS_DIR) {
  const text = persistedTextOf(document);
  const hash = hashOf(text);
  const file = path.join(dir, `${hash}.graphql`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, text);
  }
  return hash;
}

module.exports = { PERSISTED_DOCUMENTS_DIR, persistedTextOf, hashOf, persistDocument };
