/**
 * A module's title and Markdown text per language, its video link, materials and optional quiz. Materials and quiz
 * texts are written in the editor's language; texts already given in other languages are kept.
 */
import { useState } from "react";
import { directionOf, localeNames, locales } from "../../../shared/i18n/locales.ts";
import { useLocale, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, TextInput } from "../../ui/controls.tsx";
import { type LocalizedDraft, LocalizedTextFields, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { type QuizDraft, QuizEditor } from "./quiz-editor.tsx";
import type { ModuleBody, StaffModule } from "./use-learning-queries.ts";

type MaterialDraft = { name: LocalizedDraft; url: string };

export function ModuleForm({
  module,
  isPending,
  error,
  submitLabel,
  onSubmit,
}: {
  module?: StaffModule;
  isPending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (body: ModuleBody) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const [title, setTitle] = useState<LocalizedDraft>(module?.title ?? {});
  const [body, setBody] = useState<LocalizedDraft>(module?.body ?? {});
  const [videoUrl, setVideoUrl] = useState(module?.videoUrl ?? "");
  const [materials, setMaterials] = useState<MaterialDraft[]>(module?.materials ?? []);
  const [quiz, setQuiz] = useState<QuizDraft | null>(module?.quiz ?? null);
  const changeMaterial = (index: number, change: Partial<MaterialDraft>) =>
    setMaterials((current) => current.map((material, at) => (at === index ? { ...material, ...change } : material)));
  const submit = () =>
    onSubmit({
      title: withoutBlanks(title),
      body: withoutBlanks(body),
      videoUrl: videoUrl.trim() || null,
      materials: materials.map((material) => ({ name: withoutBlanks(material.name), url: material.url.trim() })),
      quiz,
    });
  return (
    <ServerValidatedForm className="flex flex-col gap-4" onSubmit={submit}>
      <ErrorBanner>{problemText(error)}</ErrorBanner>
      <LocalizedTextFields
        label={t("learning.module.titleField")}
        value={title}
        onChange={setTitle}
        error={problemText(error, "title")}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("learning.module.body")}</legend>
        <p className="text-xs text-slate-500">{t("learning.module.bodyHelp")}</p>
        {locales.map((bodyLocale) => (
          <TextInput
            key={bodyLocale}
            label={localeNames[bodyLocale]}
            multiline
            dir={directionOf(bodyLocale)}
            value={body[bodyLocale] ?? ""}
            onChange={(text) => setBody({ ...body, [bodyLocale]: text })}
          />
        ))}
      </fieldset>
      <TextInput
        label={t("learning.module.videoUrl")}
        type="url"
        dir="ltr"
        value={videoUrl}
        onChange={setVideoUrl}
        error={problemText(error, "videoUrl")}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("learning.module.materials")}</legend>
        {materials.map((material, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are fully controlled and have no identity but their place
          <div key={index} className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_auto]">
            <TextInput
              label={t("learning.module.materialName", { number: index + 1 })}
              value={material.name[locale] ?? ""}
              onChange={(text) => changeMaterial(index, { name: { ...material.name, [locale]: text } })}
              error={problemText(error, `materials.${index}.name`)}
            />
            <TextInput
              label={t("learning.module.materialUrl", { number: index + 1 })}
              type="url"
              dir="ltr"
              value={material.url}
              onChange={(url) => changeMaterial(index, { url })}
              error={problemText(error, `materials.${index}.url`)}
            />
            <Button
              variant="quiet"
              aria-label={t("learning.module.removeMaterial", { number: index + 1 })}
              onPress={() => setMaterials((current) => current.filter((_, at) => at !== index))}
            >
              ✕
            </Button>
          </div>
        ))}
        <div>
          <Button variant="secondary" onPress={() => setMaterials((current) => [...current, { name: {}, url: "" }])}>
            {t("learning.module.addMaterial")}
          </Button>
        </div>
      </fieldset>
      <QuizEditor quiz={quiz} onChange={setQuiz} error={error} />
      <div>
        <Button type="submit" isDisabled={isPending}>
          {submitLabel}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}
