/** A module's quiz: one radio group per single-answer question, checkboxes where several options are right. */
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { CheckboxGroupField, RadioGroupField } from "../../ui/choice-fields.tsx";
import { Button } from "../../ui/controls.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import type { LearnerModule } from "./use-learning-queries.ts";

type Quiz = NonNullable<LearnerModule["quiz"]>;

export function QuizForm({
  quiz,
  isPending,
  error,
  onSubmit,
}: {
  quiz: Quiz;
  isPending: boolean;
  error: unknown;
  onSubmit: (answers: number[][]) => void;
}) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const [answers, setAnswers] = useState<string[][]>(() => quiz.questions.map(() => []));
  const choose = (index: number, chosen: string[]) =>
    setAnswers((current) => current.map((answer, at) => (at === index ? chosen : answer)));
  return (
    <ServerValidatedForm
      className="flex flex-col gap-5"
      onSubmit={() => onSubmit(answers.map((chosen) => chosen.map(Number)))}
    >
      <p className="text-sm text-slate-600">{t("learning.quiz.passMark", { pass: quiz.passPercent })}</p>
      {quiz.questions.map((question, index) => {
        const label = t("learning.quiz.question", { number: index + 1, prompt: format.text(question.prompt) });
        const options = question.options.map((option, at) => ({ id: String(at), label: format.text(option) }));
        const fieldError = problemText(error, `answers.${index}`);
        return question.multiple ? (
          <CheckboxGroupField
            key={label}
            label={label}
            description={t("learning.quiz.chooseAll")}
            options={options}
            value={answers[index]}
            onChange={(chosen) => choose(index, chosen)}
            error={fieldError}
          />
        ) : (
          <RadioGroupField
            key={label}
            label={label}
            options={options}
            value={answers[index][0] ?? null}
            onChange={(chosen) => choose(index, [chosen])}
            error={fieldError}
          />
        );
      })}
      <div>
        <Button type="submit" isDisabled={isPending}>
          {t("learning.quiz.submit")}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}
