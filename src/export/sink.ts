// One output file written with backpressure: a write waits while the stream's buffer is full, so
// an export never holds more than a buffer's worth of text whatever the size of the store.

import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";

export class FileSink {
  readonly path: string;
  readonly #stream: WriteStream;
  #failure: Error | undefined;
  #bytes = 0;

  constructor(path: string) {
    this.path = path;
    this.#stream = createWriteStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
    // Kept, and thrown at the next write or at close: a full disk fails the export, it is not lost.
    this.#stream.on("error", (error) => (this.#failure ??= error));
  }

  get bytes(): number {
    return this.#bytes;
  }

  async write(text: string): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (text === "") return;
    this.#bytes += Buffer.byteLength(text);
    if (!this.#stream.write(text)) await once(this.#stream, "drain");
  }

  async close(): Promise<void> {
    if (this.#failure) throw this.#failure;
    await new Promise<void>((resolve, reject) => {
      this.#stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
    if (this.#failure) throw this.#failure;
  }

  /** Closes without caring how (the export failed and its files go). */
  destroy(): void {
    this.#stream.destroy();
  }
}
