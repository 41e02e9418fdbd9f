/** A visitor creates their own login (to apply to a call): name, email and a new password; they are signed in at once. */
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, TextInput } from "../../ui/controls.tsx";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { NewPasswordInput } from "./new-password-input.tsx";
import { requestSignUp } from "./sign-in-request.ts";

type Problem = { field?: "name" | "email" | "password"; key: MessageKey };

/** better-auth's refusal codes, each said in the catalog's words at the field it is about. */
function problemOf(status: number, code: string): Problem {
  if (status === 429) return { key: "errors.rateLimited" };
  if (code.startsWith("USER_ALREADY_EXISTS")) return { field: "email", key: "errors.accountExists" };
  if (code === "INVALID_EMAIL") return { field: "email", key: "auth.invalidEmail" };
  if (code === "PASSWORD_TOO_SHORT") return { field: "password", key: "errors.passwordTooShort" };
  if (code === "PASSWORD_TOO_LONG") return { field: "password", key: "errors.passwordTooLong" };
  return { key: status >= 500 ? "errors.internal" : "errors.validation" };
}

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [account, setAccount] = useState({ name: "", email: "", password: "" });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);
  const change = (patch: Partial<typeof account>) => setAccount((current) => ({ ...current, ...patch }));
  const problemAt = (field: Problem["field"]) => (problem && problem.field === field ? t(problem.key) : undefined);

  async function submit() {
    setPending(true);
    setProblem(null);
    const response = await requestSignUp(account.name.trim(), account.email.trim(), account.password).catch(() => null);
    if (response?.ok) {
      // The session cookie came with the answer: whoever asks "who is this?" next gets the new account.
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      setPending(false);
      onSignedUp();
      return;
    }
    const body = response ? ((await response.json().catch(() => ({}))) as { code?: string }) : {};
    setPending(false);
    setProblem(problemOf(response?.status ?? 500, body.code ?? ""));
  }

  return (
    <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-4">
      <ErrorBanner>{problem && !problem.field ? t(problem.key) : null}</ErrorBanner>
      <TextInput
        label={t("auth.name")}
        autoComplete="name"
        value={account.name}
        onChange={(name) => change({ name })}
        error={problemAt("name")}
        isRequired
        dir="auto"
      />
      <TextInput
        label={t("auth.email")}
        type="email"
        autoComplete="email"
        value={account.email}
        onChange={(email) => change({ email })}
        error={problemAt("email")}
        isRequired
        dir="ltr"
      />
      <NewPasswordInput
        value={account.password}
        onChange={(password) => change({ password })}
        error={problemAt("password")}
      />
      <div>
        <Button type="submit" isDisabled={pending}>
          {t("auth.signUp")}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}
