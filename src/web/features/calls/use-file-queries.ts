/** Files answering file questions: the applicant's uploads with their progress, and the files staff may download. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, unwrap } from "../../api-client.ts";

const keys = {
  mine: (applicationId: string) => ["my-applications", applicationId, "files"] as const,
  staff: (orgId: string, applicationId: string) => ["orgs", orgId, "applications", applicationId, "files"] as const,
};

export function useMyApplicationFiles(applicationId: string | undefined) {
  return useQuery({
    queryKey: keys.mine(applicationId ?? ""),
    queryFn: async () =>
      unwrap(
        await api.api.my.applications[":applicationId"].files.$get({ param: { applicationId: applicationId ?? "" } }),
      ),
    enabled: !!applicationId,
  });
}

export type ApplicationFile = NonNullable<ReturnType<typeof useMyApplicationFiles>["data"]>[number];

export function useApplicationFiles(orgId: string, applicationId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: keys.staff(orgId, applicationId),
    queryFn: async () =>
      unwrap(
        await api.api.orgs[":orgId"].applications[":applicationId"].files.$get({ param: { orgId, applicationId } }),
      ),
  });
}

export const myFileHref = (applicationId: string, fileId: string) =>
  `/api/my/applications/${applicationId}/files/${fileId}`;
export const applicationFileHref = (orgId: string, applicationId: string, fileId: string) =>
  `/api/orgs/${orgId}/applications/${applicationId}/files/${fileId}`;

type Upload = { applicationId: string; fieldKey: string; file: File; onProgress: (sent: number) => void };

/**
 * Sends the file as multipart with XMLHttpRequest, since fetch reports no upload progress; a refusal becomes the
 * same ApiError every other request throws, so its catalog key is shown at the question.
 */
function sendFile({ applicationId, fieldKey, file, onProgress }: Upload) {
  return new Promise<ApplicationFile>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/my/applications/${applicationId}/files/${fieldKey}`);
    request.responseType = "json";
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => {
      if (request.status === 201) return resolve(request.response as ApplicationFile);
      const problem = (request.response ?? {}) as { code?: string; errors?: ApiError["fields"] };
      reject(new ApiError(request.status, problem.code ?? "errors.internal", problem.errors ?? []));
    };
    request.onerror = () => reject(new ApiError(0, "errors.internal", []));
    const form = new FormData();
    form.append("file", file);
    request.send(form);
  });
}

/** Uploads and files the stored file among the application's own, replacing the question's previous one. */
export function useUploadFile() {
  const queryClient = useQueryClient();
  return async (upload: Upload) => {
    const stored = await sendFile(upload);
    queryClient.setQueryData<ApplicationFile[]>(keys.mine(upload.applicationId), (files = []) => [
      ...files.filter((file) => file.fieldKey !== stored.fieldKey),
      stored,
    ]);
    return stored;
  };
}

/** Takes the file off the draft and out of the application's files. */
export function useRemoveFile() {
  const queryClient = useQueryClient();
  return async ({ applicationId, fileId }: { applicationId: string; fileId: string }) => {
    await unwrap(
      await api.api.my.applications[":applicationId"].files[":fileId"].$delete({ param: { applicationId, fileId } }),
    );
    queryClient.setQueryData<ApplicationFile[]>(keys.mine(applicationId), (files = []) =>
      files.filter((file) => file.id !== fileId),
    );
  };
}

/** An application's files and where staff download each, for its answers' links. */
export type FileLinks = { files: ApplicationFile[]; hrefOf: (fileId: string) => string };

export function useApplicationFileLinks(orgId: string, applicationId: string, enabled = true): FileLinks {
  const files = useApplicationFiles(orgId, applicationId, enabled);
  return { files: files.data ?? [], hrefOf: (fileId) => applicationFileHref(orgId, applicationId, fileId) };
}
