/** A free TCP port on 127.0.0.1, for starting a server process on. */
export function freePort(): Promise<number>;
