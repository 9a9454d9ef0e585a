// Types for the plain-Node Kafka scripts, so TypeScript tests can drive them.
export interface ClusterLayout {
  name: string;
  nodes: { id: number; brokerPort: number; controllerPort: number }[];
  bootstrap: string;
}
export const KAFKA_VERSION: string;
export function clusterUuid(): string;
export function clusterLayout(opts?: { nodes?: number; port?: number }): ClusterLayout;
export function ensureJars(): string;
export function runTool(name: string, args: string[], opts?: { input?: string }): { status: number; stdout: string; stderr: string };
/** A long-running tool (a console consumer) as a child process; the caller stops it by its pid. */
export function spawnTool(name: string, args: string[]): import('node:child_process').ChildProcess;
export function toolNames(): string[];
export const SCRAM_PORT_OFFSET: number;
export function up(opts?: { nodes?: number; port?: number; fresh?: boolean; scram?: { username: string; password: string } }): Promise<ClusterLayout>;
export function down(opts?: { name?: string; quiet?: boolean }): Promise<void>;
export function stopNode(name: string, id: number, opts?: { quiet?: boolean }): Promise<void>;
export function startNode(name: string, id: number): Promise<void>;
export function status(): { cluster: string; node: number; port: number; pid: number | null }[];
