/** CSV import: a preview that writes nothing, then the valid rows sent in chunks with progress kept per chunk. */
import { useMutation } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { useState } from "react";
import { api, unwrap } from "../../api-client.ts";
import { useRefreshPeopleAndGroups } from "./use-people-queries.ts";

const importApi = api.api.orgs[":orgId"].people.import;

export type ImportPreview = InferResponseType<typeof importApi.preview.$post, 200>;
export type PreviewRow = ImportPreview["rows"][number];
export type FailedLine = InferResponseType<typeof importApi.$post, 200>["failed"][number];

/** How far an import got: rows before `done` were sent and answered; the rest are still to send. */
export type ImportProgress = { rows: PreviewRow[]; done: number; created: number; failed: FailedLine[] };

const chunkSize = 100;

export function usePreviewImport(orgId: string) {
  return useMutation({
    mutationFn: async (csv: string) => unwrap(await importApi.preview.$post({ param: { orgId }, json: { csv } })),
  });
}

export type Importer = ReturnType<typeof useImportPeople>;

/**
 * Sends rows chunk by chunk. A chunk that fails stops the run with the progress so far kept, so the
 * page can say exactly what was written and continue from the first unsent row.
 */
export function useImportPeople(orgId: string) {
  const refresh = useRefreshPeopleAndGroups(orgId);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const run = useMutation({
    mutationFn: async (from: ImportProgress) => {
      let current = from;
      setProgress(current);
      while (current.done < current.rows.length) {
        const chunk = current.rows.slice(current.done, current.done + chunkSize);
        const result = await unwrap(
          await importApi.$post({
            param: { orgId },
            json: { rows: chunk.map(({ line, person }) => ({ line, person })) },
          }),
        );
        current = {
          ...current,
          done: current.done + chunk.length,
          created: current.created + result.created,
          failed: [...current.failed, ...result.failed],
        };
        setProgress(current);
      }
      return current;
    },
    onSettled: refresh,
  });
  return {
    progress,
    isRunning: run.isPending,
    isComplete: run.isSuccess,
    error: run.error,
    start: (rows: PreviewRow[]) => run.mutate({ rows, done: 0, created: 0, failed: [] }),
    resume: () => progress && run.mutate(progress),
    reset: () => {
      run.reset();
      setProgress(null);
    },
  };
}
