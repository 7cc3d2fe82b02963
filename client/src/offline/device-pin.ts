import { outbox } from './outbox';

// The device PIN (docs/security.md#device-lock): chosen at sign-in, it unlocks the idle-locked app when
// there is no network to sign in again. Only a salted PBKDF2 hash is kept on the device, per person.

const ITERATIONS = 310_000;
const keyOf = (userId: string) => `device-pin:${userId}`;

interface PinRecord {
  salt: string;
  hash: string;
  iterations: number;
}

const toHex = (bytes: ArrayBuffer | Uint8Array) => Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return toHex(bits);
}

/** 4 to 8 digits. */
export const isValidPin = (pin: string) => /^\d{4,8}$/.test(pin);

export async function setDevicePin(userId: string, pin: string): Promise<void> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const record: PinRecord = { salt: toHex(salt), hash: await derive(pin, salt, ITERATIONS), iterations: ITERATIONS };
  await (await outbox()).setValue(keyOf(userId), record);
}

export async function hasDevicePin(userId: string): Promise<boolean> {
  return (await (await outbox()).getValue<PinRecord>(keyOf(userId))) !== undefined;
}

export async function verifyDevicePin(userId: string, pin: string): Promise<boolean> {
  const record = await (await outbox()).getValue<PinRecord>(keyOf(userId));
  if (!record) return false;
  return (await derive(pin, fromHex(record.salt), record.iterations)) === record.hash;
}

/** A confirmed sign-out leaves nothing of the person on the device, their PIN included. */
export async function forgetDevicePin(userId: string): Promise<void> {
  await (await outbox()).deleteValues([keyOf(userId)]);
}
