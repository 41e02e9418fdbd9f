/** A file question: the applicant picks a file, sees it upload, and then its name and size; staff get a link. */
import { useId, useState } from "react";
import { FileTrigger } from "react-aria-components";
import { useIntl } from "react-intl";
import { acceptAttribute, bytesOfMb, type FileKind } from "../../../server/modules/calls/calls.files.kinds.ts";
import { ApiError } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/controls.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ProgressBar } from "../../ui/progress-bar.tsx";
import type { PublicField } from "./use-application-queries.ts";
import { type ApplicationFile, useRemoveFile, useUploadFile } from "./use-file-queries.ts";

/** A size in the viewer's locale: kilobytes below one megabyte, megabytes above. */
export function useFileSize() {
  const intl = useIntl();
  return (bytes: number) => {
    const inMegabytes = bytes >= bytesOfMb(1);
    return intl.formatNumber(inMegabytes ? bytes / bytesOfMb(1) : Math.max(bytes / 1024, 0.1), {
      style: "unit",
      unit: inMegabytes ? "megabyte" : "kilobyte",
      maximumFractionDigits: 1,
    });
  };
}

/** What the question takes, e.g. "PDF or Word (.docx) · up to 5 MB". */
export function useFileLimits() {
  const t = useT();
  const intl = useIntl();
  const fileSize = useFileSize();
  return (kinds: readonly FileKind[], maxFileMb: number) =>
    t("applications.form.fileLimits", {
      kinds: intl.formatList(
        kinds.map((kind) => t(`calls.fileKind.${kind}`)),
        { type: "disjunction" },
      ),
      size: fileSize(bytesOfMb(maxFileMb)),
    });
}

type FileAnswerInputProps = {
  field: PublicField;
  /** The stored file answering the question, if any. */
  file: ApplicationFile | undefined;
  /** The draft's id, saving it first when there is none yet: a file belongs to an application. */
  ensureApplication: () => Promise<string>;
  onUploaded: (file: ApplicationFile) => void;
  onRemoved: () => void;
  /** The problem the last save or submission had with this answer. */
  error?: string;
  href?: string;
};

export function FileAnswerInput({
  field,
  file,
  ensureApplication,
  onUploaded,
  onRemoved,
  error,
  href,
}: FileAnswerInputProps) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const fileSize = useFileSize();
  const fileLimits = useFileLimits();
  const upload = useUploadFile();
  const removeFile = useRemoveFile();
  const labelId = useId();
  const [sending, setSending] = useState<{ name: string; size: number; sent: number }>();
  const [refusal, setRefusal] = useState<unknown>();
  const kinds = (field.fileKinds ?? []) as FileKind[];
  const maxFileMb = field.maxFileMb ?? 0;

  const send = async (chosen: File) => {
    setRefusal(undefined);
    // The server refuses it too; saying so before sending spares the applicant the wait.
    if (chosen.size > bytesOfMb(maxFileMb)) return setRefusal(new ApiError(413, "errors.fileTooLarge", []));
    setSending({ name: chosen.name, size: chosen.size, sent: 0 });
    try {
      const applicationId = await ensureApplication();
      const stored = await upload({
        applicationId,
        fieldKey: field.key,
        file: chosen,
        onProgress: (sent) => setSending((current) => current && { ...current, sent }),
      });
      onUploaded(stored);
    } catch (problem) {
      setRefusal(problem);
    } finally {
      setSending(undefined);
    }
  };

  const remove = async (stored: ApplicationFile) => {
    setRefusal(undefined);
    try {
      await removeFile({ applicationId: await ensureApplication(), fileId: stored.id });
      onRemoved();
    } catch (problem) {
      setRefusal(problem);
    }
  };

  const shownError = refusal ? problemText(refusal) : error;
  const help = field.help ? format.text(field.help) : "";
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend id={labelId} className="text-sm font-medium text-slate-700">
        {format.text(field.label)}
      </legend>
      {help && <p className="text-xs text-slate-500">{help}</p>}
      <p className="text-xs text-slate-500">{fileLimits(kinds, maxFileMb)}</p>
      <div className="flex flex-wrap items-center gap-3">
        <FileTrigger
          acceptedFileTypes={acceptAttribute(kinds)}
          onSelect={(list) => {
            const chosen = list?.[0];
            if (chosen) void send(chosen);
          }}
        >
          <Button variant="secondary" isDisabled={!!sending} aria-describedby={labelId}>
            {t(file ? "applications.form.replaceFile" : "applications.form.chooseFile")}
          </Button>
        </FileTrigger>
        {file && !sending && (
          <span className="text-sm text-slate-800">
            {href ? (
              <a href={href} className="font-medium text-brand-700 hover:underline" dir="auto">
                {file.name}
              </a>
            ) : (
              <bdi>{file.name}</bdi>
            )}{" "}
            <span className="text-slate-500 tabular-nums">
              (<bdi>{fileSize(file.size)}</bdi>)
            </span>
          </span>
        )}
        {file && !sending && (
          <Button variant="quiet" className="px-2" onPress={() => void remove(file)}>
            {t("applications.form.removeFile")}
          </Button>
        )}
      </div>
      {sending && (
        <div className="max-w-md">
          <ProgressBar
            label={t("applications.form.uploading", { name: sending.name })}
            value={sending.sent}
            maxValue={Math.max(sending.size, 1)}
          />
        </div>
      )}
      {shownError && (
        <p role="alert" className="text-xs text-red-700">
          {shownError}
        </p>
      )}
    </fieldset>
  );
}
