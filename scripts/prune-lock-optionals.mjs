// Drops optional platform packages that the lockfile cannot resolve from package-lock.json.
// Our registry does not serve every platform build of every version (e.g. a darwin binary of a linter), so npm
// leaves them out of the lockfile but keeps the edges, and `npm ci` then refuses the lockfile as out of sync.
// Run after changing dependencies: `npm install && node scripts/prune-lock-optionals.mjs`.
import fs from "node:fs";

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const packages = lock.packages;

/** Node's resolution: the package's own node_modules, then each enclosing one up to the root. */
function resolves(fromPath, name) {
  let folder = fromPath;
  for (;;) {
    if (packages[folder ? `${folder}/node_modules/${name}` : `node_modules/${name}`]) return true;
    if (!folder) return false;
    const parent = folder.lastIndexOf("/node_modules/");
    folder = parent >= 0 ? folder.slice(0, parent) : "";
  }
}

let dropped = 0;
for (const [packagePath, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!resolves(packagePath, name)) {
      delete entry.optionalDependencies[name];
      dropped++;
    }
  }
}
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Dropped ${dropped} unresolvable optional platform packages from package-lock.json.`);
