#!/usr/bin/env node
// Small administration commands: `npm run fluxo -- hash-password` prints an argon2id hash for the config
// file's auth.users[].passwordHash. The password is read from the terminal without echo, or from stdin.
import { hash } from '@node-rs/argon2';
import { createInterface } from 'node:readline';
import { fail, runMain } from './lib/fail.mjs';

const USAGE = 'usage: npm run fluxo -- hash-password   (reads the password from the terminal or stdin)';

function readHidden(prompt) {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    let muted = false;
    rl._writeToOutput = (text) => {
      if (!muted) process.stderr.write(text);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

async function hashPassword() {
  let password;
  if (process.stdin.isTTY) {
    password = await readHidden('password: ');
    const again = await readHidden('again: ');
    if (password !== again) fail('the two passwords differ');
  } else {
    password = await readStdin();
  }
  if (password.length < 8) fail('a password needs at least 8 characters');
  console.log(await hash(password, { algorithm: 2 }));
}

await runMain(async () => {
  const [command] = process.argv.slice(2);
  if (command === 'hash-password') return hashPassword();
  fail(command ? `unknown command ${command}; ${USAGE}` : USAGE);
});
