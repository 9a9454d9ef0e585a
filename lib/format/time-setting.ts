'use client';
// The one clock setting (local time or UTC), kept in localStorage so it survives reloads, and shared by every
// component through useSyncExternalStore: switching it re-renders every instant on screen at once.
import { useSyncExternalStore } from 'react';
import type { TimeSetting } from './format';

const STORAGE_KEY = 'fluxo-time';
const listeners = new Set<() => void>();

function read(): TimeSetting {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'utc' ? 'utc' : 'local';
  } catch {
    return 'local'; // storage blocked (privacy mode): local time, not remembered
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage); // another tab changed it
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setTimeSetting(next: TimeSetting): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered, but still applied below for this page
  }
  for (const l of listeners) l();
}

/** The server renders no instants (data arrives in the browser), so its snapshot is the default. */
export function useTimeSetting(): TimeSetting {
  return useSyncExternalStore(subscribe, read, () => 'local');
}
