export function startServer(opts: { port: number; host?: string; env?: Record<string, string>; logFile?: string; inherit?: boolean; keepAliveTimeoutMs?: number }): Promise<{ pid: number; url: string }>;
export function stopServer(server: { pid: number }): Promise<void>;
