/** Scoring a learner's quiz answers: a question counts as right when exactly its correct options are chosen. */
import type { FieldIssue } from "../../http/errors.ts";
import type { Quiz } from "./learning.tables.ts";

export type QuizAnswers = number[][];

/** Every question answered, with options that exist, each chosen at most once. */
export function answerIssues(quiz: Quiz, answers: QuizAnswers | undefined): FieldIssue[] {
  if (!answers || answers.length !== quiz.questions.length) {
    return [{ path: "json.answers", code: "errors.quizAnswerEveryQuestion", message: "Answer every question" }];
  }
  return answers.flatMap((chosen, index) => {
    const optionCount = quiz.questions[index].options.length;
    const path = `json.answers.${index}`;
    if (chosen.length === 0) {
      return [{ path, code: "errors.quizAnswerEveryQuestion", message: "Choose an option" }];
    }
    const valid = chosen.every((option, at) => option < optionCount && chosen.indexOf(option) === at);
    return valid ? [] : [{ path, code: "errors.quizCorrectOutOfRange", message: "Not one of the options" }];
  });
}

/** Percent of questions answered right, rounded down so a pass is never granted by rounding. */
export function scoreOf(quiz: Quiz, answers: QuizAnswers): number {
  const right = quiz.questions.filter((question, index) => {
    const chosen = new Set(answers[index]);
    return chosen.size === question.correct.length && question.correct.every((option) => chosen.has(option));
  }).length;
  return Math.floor((right * 100) / quiz.questions.length);
}

/** What the learner sees: prompts and options, never which ones are right. */
export function quizForLearner(quiz: Quiz) {
  return {
    passPercent: quiz.passPercent,
    questions: quiz.questions.map((question) => ({
      prompt: question.prompt,
      options: question.options,
      multiple: question.correct.length > 1,
    })),
  };
}
