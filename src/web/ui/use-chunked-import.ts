/**
 * Sends an import's rows chunk by chunk, keeping the progress per chunk. A chunk that fails stops the run with
 * what was written so far, so the page can say exactly that and continue from the first unsent row.
 */
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

export type ChunkedProgress<Row, Failed> = { rows: Row[]; done: number; written: number; failed: Failed[] };

export function useChunkedImport<Row, Failed>({
  sendChunk,
  chunkSize = 100,
  onSettled,
}: {
  sendChunk: (rows: Row[]) => Promise<{ written: number; failed: Failed[] }>;
  chunkSize?: number;
  onSettled?: () => void;
}) {
  const [progress, setProgress] = useState<ChunkedProgress<Row, Failed> | null>(null);
  const run = useMutation({
    mutationFn: async (from: ChunkedProgress<Row, Failed>) => {
      let current = from;
      setProgress(current);
      while (current.done < current.rows.length) {
        const chunk = current.rows.slice(current.done, current.done + chunkSize);
        const result = await sendChunk(chunk);
        current = {
          ...current,
          done: current.done + chunk.length,
          written: current.written + result.written,
          failed: [...current.failed, ...result.failed],
        };
        setProgress(current);
      }
      return current;
    },
    onSettled,
  });
  return {
    progress,
    isRunning: run.isPending,
    isComplete: run.isSuccess,
    error: run.error,
    start: (rows: Row[]) => run.mutate({ rows, done: 0, written: 0, failed: [] }),
    resume: () => progress && run.mutate(progress),
    reset: () => {
      run.reset();
      setProgress(null);
    },
  };
}

export type ChunkedImport<Row, Failed> = ReturnType<typeof useChunkedImport<Row, Failed>>;
