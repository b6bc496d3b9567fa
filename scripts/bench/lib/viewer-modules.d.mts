export function viewerModules(): Promise<{ load: (path: string) => Promise<Record<string, any>>; close: () => Promise<void> }>;
export function median5(fn: () => unknown): number;
