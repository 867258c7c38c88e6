// What the figures were measured on: they mean little without it.
import os from 'node:os';

export interface Machine {
  os: string;
  cpus: string;
  cpuCount: number;
  memoryGB: number;
  loadAverage: number[];
  node: string;
  chromium: string;
}

export function describeMachine(chromium: string): Machine {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
    cpus: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    chromium,
  };
}
