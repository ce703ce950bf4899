// Reads a GIFT file with gift-pegjs (an independent GIFT parser) and prints the questions as JSON.
// Used by tests/test_lms.py: node read_gift.js FILE.gift
const fs = require("fs");
const path = require("path");
const parser = require(path.join(__dirname, "node_modules", "gift-pegjs"));
const text = fs.readFileSync(process.argv[2], "utf8");
try {
  process.stdout.write(JSON.stringify(parser.parse(text)));
} catch (e) {
  process.stderr.write(`line ${e.location ? e.location.start.line : "?"}: ${e.message}\n`);
  process.exit(1);
}
