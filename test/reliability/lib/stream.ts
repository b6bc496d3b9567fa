// Streams a request body chunk by chunk until the server answers, to prove an oversized or
// unauthorised upload is refused before it has been read whole.
import { request as httpRequest } from 'node:http';

export interface StreamedAnswer {
  /** The answer's status; -1 when the server closed the connection while we were still sending. */
  status: number;
  text: string;
  /** Body bytes written before the answer arrived. */
  sentBeforeAnswer: number;
  /** True when the whole body had been written before the answer (the server may have read it all). */
  sentAll: boolean;
}

/**
 * POSTs up to `total` bytes in `chunk`-sized pieces (chunked transfer encoding unless a
 * content-length header is given), yielding to the event loop between pieces and stopping as
 * soon as a response starts. With `total: 0` it sends the headers only and waits `waitMs` for an
 * answer (status 0 when none came).
 */
export function streamUntilAnswered(
  port: number,
  path: string,
  headers: Record<string, string | number>,
  { total = 64 * 1024 * 1024, chunk = 64 * 1024, waitMs = 5000 } = {},
): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const piece = Buffer.alloc(chunk, 'a');
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers });
    req.on('response', (res) => {
      answered = true;
      const sentBeforeAnswer = sent;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        req.destroy();
        resolve({
          status: res.statusCode ?? 0,
          text: Buffer.concat(chunks).toString('utf8'),
          sentBeforeAnswer,
          sentAll: sentBeforeAnswer >= total,
        });
      });
    });
    // the server may close the socket on us once it has answered: that is not a failure; and it may
    // close it before the answer is read (EPIPE / ECONNRESET while writing): the body was cut there
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (answered) return;
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') return reject(err);
      answered = true;
      resolve({ status: -1, text: '', sentBeforeAnswer: sent, sentAll: sent >= total });
    });
    const pump = () => {
      if (answered) return;
      if (sent >= total) {
        if (total > 0) req.end();
        return;
      }
      sent += chunk;
      if (req.write(piece)) setImmediate(pump);
      else req.once('drain', pump);
    };
    req.flushHeaders();
    if (total === 0) {
      setTimeout(() => {
        if (answered) return;
        answered = true;
        req.destroy();
        resolve({ status: 0, text: '', sentBeforeAnswer: 0, sentAll: true });
      }, waitMs).unref();
    }
    setImmediate(pump);
  });
}
