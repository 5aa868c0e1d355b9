// `npm ci` (exactly package-lock.json), unless node_modules was installed from this very lock file already:
// the Maven build runs this, and a clean install costs minutes on a busy machine.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const installed = path.join(web, 'node_modules', '.package-lock.json');
const mtime = (file) => statSync(path.join(web, file)).mtimeMs;

if (existsSync(installed) && statSync(installed).mtimeMs >= Math.max(mtime('package-lock.json'), mtime('package.json'))) {
  console.log('install: node_modules is up to date with package-lock.json');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: web, stdio: 'inherit' });
process.exit(result.status ?? 1);
