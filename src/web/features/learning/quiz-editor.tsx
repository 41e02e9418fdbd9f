/** The quiz of a module: pass percent, questions with options, and which options are right (one or more). */
import { useLocale, useT } from "../../i18n/i18n.tsx";
import { CheckboxField } from "../../ui/choice-fields.tsx";
import { Button, TextInput } from "../../ui/controls.tsx";
import type { LocalizedDraft } from "../../ui/localized-text-fields.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";

type QuestionDraft = { prompt: LocalizedDraft; options: LocalizedDraft[]; correct: number[] };
export type QuizDraft = { passPercent: number; questions: QuestionDraft[] };

const newQuestion = (): QuestionDraft => ({ prompt: {}, options: [{}, {}], correct: [0] });

export function QuizEditor({
  quiz,
  onChange,
  error,
}: {
  quiz: QuizDraft | null;
  onChange: (quiz: QuizDraft | null) => void;
  error: unknown;
}) {
  const t = useT();
  const problemText = useProblemText();
  if (!quiz) {
    return (
      <div>
        <Button variant="secondary" onPress={() => onChange({ passPercent: 70, questions: [newQuestion()] })}>
          {t("learning.quizEditor.add")}
        </Button>
      </div>
    );
  }
  const changeQuestion = (index: number, question: QuestionDraft) =>
    onChange({ ...quiz, questions: quiz.questions.map((current, at) => (at === index ? question : current)) });
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-medium text-slate-700">{t("learning.quiz.title")}</legend>
      <NumberInput
        label={t("learning.quizEditor.passPercent")}
        value={quiz.passPercent}
        minValue={0}
        onChange={(value) => onChange({ ...quiz, passPercent: value ?? 0 })}
        error={problemText(error, "quiz.passPercent")}
      />
      {quiz.questions.map((question, index) => (
        <QuestionEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: questions are fully controlled and have no identity but their place
          key={index}
          index={index}
          question={question}
          error={error}
          onChange={(changed) => changeQuestion(index, changed)}
          onRemove={() => onChange({ ...quiz, questions: quiz.questions.filter((_, at) => at !== index) })}
        />
      ))}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onPress={() => onChange({ ...quiz, questions: [...quiz.questions, newQuestion()] })}
        >
          {t("learning.quizEditor.addQuestion")}
        </Button>
        <Button variant="quiet" onPress={() => onChange(null)}>
          {t("learning.quizEditor.remove")}
        </Button>
      </div>
    </fieldset>
  );
}

function QuestionEditor({
  index,
  question,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  question: QuestionDraft;
  error: unknown;
  onChange: (question: QuestionDraft) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const path = `quiz.questions.${index}`;
  const correctError =
    problemText(error, `${path}.correct`) ??
    question.correct.map((_, at) => problemText(error, `${path}.correct.${at}`)).find(Boolean);
  const setCorrect = (option: number, isCorrect: boolean) =>
    onChange({
      ...question,
      correct: isCorrect
        ? [...question.correct, option].sort((a, b) => a - b)
        : question.correct.filter((candidate) => candidate !== option),
    });
  const removeOption = (option: number) =>
    onChange({
      ...question,
      options: question.options.filter((_, at) => at !== option),
      correct: question.correct.filter((at) => at !== option).map((at) => (at > option ? at - 1 : at)),
    });
  return (
    <div className="flex flex-col gap-3 border-t border-slate-200 pt-3">
      <TextInput
        label={t("learning.quizEditor.prompt", { number: index + 1 })}
        value={question.prompt[locale] ?? ""}
        onChange={(text) => onChange({ ...question, prompt: { ...question.prompt, [locale]: text } })}
        error={problemText(error, `${path}.prompt`)}
      />
      {question.options.map((option, at) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are fully controlled and have no identity but their place
        <div key={at} className="grid items-end gap-2 sm:grid-cols-[1fr_auto_auto]">
          <TextInput
            label={t("learning.quizEditor.option", { question: index + 1, number: at + 1 })}
            value={option[locale] ?? ""}
            onChange={(text) =>
              onChange({
                ...question,
                options: question.options.map((current, which) =>
                  which === at ? { ...current, [locale]: text } : current,
                ),
              })
            }
          />
          <CheckboxField isSelected={question.correct.includes(at)} onChange={(isCorrect) => setCorrect(at, isCorrect)}>
            {t("learning.quizEditor.correct")}
          </CheckboxField>
          <Button
            variant="quiet"
            aria-label={t("learning.quizEditor.removeOption", { question: index + 1, number: at + 1 })}
            onPress={() => removeOption(at)}
          >
            ✕
          </Button>
        </div>
      ))}
      {(problemText(error, `${path}.options`) || correctError) && (
        <p role="alert" className="text-xs text-red-700">
          {problemText(error, `${path}.options`) ?? correctError}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onPress={() => onChange({ ...question, options: [...question.options, {}] })}>
          {t("learning.quizEditor.addOption")}
        </Button>
        <Button variant="quiet" onPress={onRemove}>
          {t("learning.quizEditor.removeQuestion", { number: index + 1 })}
        </Button>
      </div>
    </div>
  );
}
