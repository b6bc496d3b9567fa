export function viewerModules(): Promise<{
  load: (path: string) => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
}>;
export function median5(fn: () => unknown): number;
