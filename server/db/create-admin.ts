// `npm run create-admin -- --email you@courts.ca.gov --name "Your Name"`: the first ADMIN of an
// installation. The password is read from CCPOR_ADMIN_PASSWORD or asked for on the terminal.
import 'reflect-metadata';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { log } from '../shared/log';
import { hashPassword, passwordProblems } from '../modules/user/credentials';
import { Role, User } from '../modules/user/user.entity';
import { createDataSource, inTransaction } from './data-source';

async function askPassword(): Promise<string> {
  if (process.env.CCPOR_ADMIN_PASSWORD) return process.env.CCPOR_ADMIN_PASSWORD;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  process.stdout.write('Password for the administrator (at least 12 characters): ');
  const first = await rl.question('');
  process.stdout.write('\nAgain: ');
  const second = await rl.question('');
  process.stdout.write('\n');
  rl.close();
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}

async function createAdmin() {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.name) throw new Error('Usage: npm run create-admin -- --email you@courts.ca.gov --name "Your Name"');
  const email = values.email.trim().toLowerCase();
  const password = await askPassword();
  const problems = passwordProblems(password, 'password', email);
  if (problems.length) throw new Error(`The password ${problems[0].message}`);
  const config = loadConfig();
  const db = createDataSource(config.database);
  await db.initialize();
  try {
    if (await db.showMigrations()) throw new Error('The database schema is out of date: run `npm run migrate` first.');
    const passwordHash = await hashPassword(password);
    await inTransaction(db, async (tx) => {
      if (await tx.findOneBy(User, { email })) throw new Error(`${email} already has an account.`);
      await tx.insert(User, { email, displayName: values.name!.trim(), role: Role.ADMIN, organizationId: null, passwordHash, active: true, updatedBy: 'create-admin' });
    });
    log('info', 'administrator created', { email });
    process.stdout.write(`\n${email} can now sign in. The app will ask them to set up an authenticator app first.\n`);
  } finally {
    await db.destroy();
  }
}

createAdmin().catch((error) => {
  log('error', 'create-admin failed', { error: String(error?.message ?? error) });
  process.exit(1);
});
