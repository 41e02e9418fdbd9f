/** CSV import: a preview that writes nothing, then the valid rows sent in chunks with progress kept per chunk. */
import { useMutation } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api, unwrap } from "../../api-client.ts";
import { useChunkedImport } from "../../ui/use-chunked-import.ts";
import { useRefreshPeopleAndGroups } from "./use-people-queries.ts";

const importApi = api.api.orgs[":orgId"].people.import;

export type ImportPreview = InferResponseType<typeof importApi.preview.$post, 200>;
export type PreviewRow = ImportPreview["rows"][number];
export type FailedLine = InferResponseType<typeof importApi.$post, 200>["failed"][number];

export function usePreviewImport(orgId: string) {
  return useMutation({
    mutationFn: async (csv: string) => unwrap(await importApi.preview.$post({ param: { orgId }, json: { csv } })),
  });
}

export type Importer = ReturnType<typeof useImportPeople>;

/** Sends the previewed rows chunk by chunk (see useChunkedImport): a failed chunk keeps the progress so far. */
export function useImportPeople(orgId: string) {
  const refresh = useRefreshPeopleAndGroups(orgId);
  return useChunkedImport<PreviewRow, FailedLine>({
    sendChunk: async (chunk) => {
      const result = await unwrap(
        await importApi.$post({
          param: { orgId },
          json: { rows: chunk.map(({ line, person }) => ({ line, person })) },
        }),
      );
      return { written: result.created, failed: result.failed };
    },
    onSettled: refresh,
  });
}
