/** The applicant fills a call's form: each question with the control its type needs; save a draft, then submit. */
import { Link } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useFormat, useLocale, useT } from "../../i18n/i18n.tsx";
import { CheckboxField, CheckboxGroupField, RadioGroupField } from "../../ui/choice-fields.tsx";
import { Button, ErrorBanner, Notice, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { DateInputField } from "../../ui/date-fields.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { ApplicationStatusBadge } from "./call-status.tsx";
import { FileAnswerInput } from "./file-answer.tsx";
import {
  type Answers,
  type AnswerValue,
  type MyApplication,
  type PublicCall,
  type PublicField,
  useSaveDraft,
  useSubmitApplication,
} from "./use-application-queries.ts";
import { myFileHref, useMyApplicationFiles } from "./use-file-queries.ts";

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

export function ApplicationForm({ call, draft }: { call: PublicCall; draft?: MyApplication }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const [answers, setAnswers] = useState<Answers>((draft?.answers as Answers | undefined) ?? {});
  const [groupName, setGroupName] = useState(draft?.group?.name ?? "");
  const [applicationId, setApplicationId] = useState(draft?.id);
  const save = useSaveDraft();
  const files = useMyApplicationFiles(applicationId);
  const submit = useSubmitApplication();
  const error = submit.error ?? save.error;
  const bannerRef = useRef<HTMLDivElement>(null);
  // The refusal is said at the top of a long form; bring it into view from the buttons at the bottom.
  useEffect(() => {
    if (error) bannerRef.current?.scrollIntoView({ block: "center" });
  }, [error]);
  const group =
    call.applicantKind === "person" || (call.applicantKind === "either" && !groupName.trim())
      ? null
      : { name: groupName.trim() };
  const saveDraft = () =>
    save.mutateAsync({ callId: call.id, applicationId, answers, locale, group }).then((saved) => {
      setApplicationId(saved.id);
      return saved;
    });
  const submitted = submit.data && submit.data.status !== "draft" ? submit.data : undefined;
  if (submitted) {
    return (
      <div className="flex flex-col gap-3">
        <Notice>
          {t(submitted.status === "screened_out" ? "applications.form.screenedOut" : "applications.form.submitted")}
        </Notice>
        <p className="flex items-center gap-2 text-sm">
          <ApplicationStatusBadge status={submitted.status} />
          <Link to="/my/applications" className="font-medium text-brand-700 hover:underline">
            {t("applications.mine.title")}
          </Link>
        </p>
      </div>
    );
  }
  const problemAt = (key: string) => problemText(error, `answers.${key}`);
  const lateProblem =
    error && (error as { code?: string }).code === "errors.callClosed"
      ? t("applications.form.late", { time: format.dateTime(call.closesAt) })
      : undefined;
  return (
    <ServerValidatedForm
      onSubmit={() =>
        saveDraft()
          .then((saved) => submit.mutate(saved.id))
          .catch(() => undefined)
      }
      className="flex flex-col gap-5"
    >
      <div ref={bannerRef}>
        <ErrorBanner>{lateProblem ?? problemText(error)}</ErrorBanner>
      </div>
      {save.isSuccess && !submit.isPending && !error && (
        <Notice>{t("applications.form.saved", { time: format.dateTime(save.data.updatedAt) })}</Notice>
      )}
      {call.applicantKind !== "person" && (
        <TextInput
          label={t("applications.form.groupName")}
          description={t(
            call.applicantKind === "group" ? "applications.form.groupRequired" : "applications.form.groupOptional",
          )}
          value={groupName}
          onChange={setGroupName}
          error={problemText(error, "group.name") ?? problemText(error, "group")}
          isRequired={call.applicantKind === "group"}
        />
      )}
      {call.fields.map((field) => {
        const setAnswer = (value: AnswerValue) => setAnswers((current) => ({ ...current, [field.key]: value }));
        if (field.type !== "file") {
          return (
            <AnswerInput
              key={field.key}
              field={field}
              value={answers[field.key]}
              onChange={setAnswer}
              error={problemAt(field.key)}
            />
          );
        }
        const file = files.data?.find((candidate) => candidate.id === answers[field.key]);
        return (
          <FileAnswerInput
            key={field.key}
            field={field}
            file={file}
            href={file && applicationId ? myFileHref(applicationId, file.id) : undefined}
            ensureApplication={async () => applicationId ?? (await saveDraft()).id}
            onUploaded={(stored) => setAnswer(stored.id)}
            onRemoved={() => setAnswer(null)}
            error={problemAt(field.key)}
          />
        );
      })}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isDisabled={save.isPending || submit.isPending}>
          {t("applications.form.submit")}
        </Button>
        <Button
          variant="secondary"
          isDisabled={save.isPending || submit.isPending}
          onPress={() => saveDraft().catch(() => undefined)}
        >
          {t("applications.form.saveDraft")}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}

function AnswerInput({
  field,
  value,
  onChange,
  error,
}: {
  field: PublicField;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  error?: string;
}) {
  const t = useT();
  const format = useFormat();
  const label = format.text(field.label);
  const help = field.help ? format.text(field.help) || undefined : undefined;
  const options = (field.options ?? []).map((option) => ({ id: option.value, label: format.text(option.label) }));
  const text = typeof value === "string" ? value : "";
  const common = { label, error, isRequired: field.required };
  switch (field.type) {
    case "long_text": {
      const words = wordCount(text);
      const counter =
        field.maxWords !== null
          ? t("applications.form.wordsOf", { count: words, max: field.maxWords })
          : t("applications.form.words", { count: words });
      return (
        <div className="flex flex-col gap-1">
          <TextInput {...common} multiline value={text} onChange={onChange} description={help} dir="auto" />
          <p
            aria-live="polite"
            className={`text-xs tabular-nums ${field.maxWords !== null && words > field.maxWords ? "font-semibold text-red-700" : "text-slate-500"}`}
          >
            {counter}
          </p>
        </div>
      );
    }
    case "single_choice":
      return (
        <RadioGroupField {...common} options={options} value={text || null} onChange={onChange} description={help} />
      );
    case "multiple_choice":
      return (
        <CheckboxGroupField
          {...common}
          options={options}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          description={help}
        />
      );
    case "number": {
      const range =
        field.min !== null && field.max !== null
          ? t("applications.form.range", { min: format.number(field.min), max: format.number(field.max) })
          : undefined;
      return (
        <NumberInput
          {...common}
          value={typeof value === "number" ? value : null}
          onChange={onChange}
          minValue={field.min ?? undefined}
          description={[help, range].filter(Boolean).join(" ") || undefined}
        />
      );
    }
    case "date":
      return <DateInputField {...common} value={text} onChange={onChange} description={help} />;
    case "country":
      return (
        <div className="flex flex-col gap-1">
          <CountryField label={label} value={text || null} onChange={onChange} error={error} />
          {help && <p className="text-xs text-slate-500">{help}</p>}
        </div>
      );
    case "consent":
      return (
        <CheckboxField
          isSelected={value === true}
          onChange={onChange}
          error={error}
          description={help}
          isRequired={field.required}
        >
          {label}
        </CheckboxField>
      );
    case "email":
      return <TextInput {...common} type="email" value={text} onChange={onChange} description={help} dir="ltr" />;
    case "phone":
      return <TextInput {...common} type="tel" value={text} onChange={onChange} description={help} dir="ltr" />;
    default:
      return <TextInput {...common} value={text} onChange={onChange} description={help} dir="auto" />;
  }
}
