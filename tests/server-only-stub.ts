// Replaces the 'server-only' marker package under Vitest, which is not a React Server Components bundle.
export {};
