type Pg = { host: string; port: number; user: string; password: string; database: string };
export const POSTGRES_CONNECTOR: string;
export function paymentsCdcConfig(pg: Pg, options?: { prefix?: string; slot?: string; snapshot?: string }): Record<string, string>;
export function paymentsToChartsConfig(pg: Pg, options?: { rawTopic?: string; slot?: string; prefix?: string; snapshot?: string }): Record<string, string>;
