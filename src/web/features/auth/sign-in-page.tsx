/**
 * Sign in with email and password, or ask for a sign-in link by email, then return to where the person came from
 * (an invitation link, a call's draft) or start at home.
 */
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, TextInput } from "../../ui/controls.tsx";
import { Card } from "../../ui/layout.tsx";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { SignInLinkForm } from "./sign-in-link.tsx";
import { requestSignIn } from "./sign-in-request.ts";

const authErrors: Record<string, MessageKey> = {
  INVALID_EMAIL_OR_PASSWORD: "auth.wrongCredentials",
  INVALID_EMAIL: "auth.invalidEmail",
};

export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { redirect, error: linkError } = useSearch({ from: "/sign-in" });
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<MessageKey | null>(null);
  const [pending, setPending] = useState(false);

  async function submit() {
    setPending(true);
    setError(null);
    const response = await requestSignIn(email, password);
    setPending(false);
    if (response.ok) {
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      navigate({ to: redirect ?? "/" });
      return;
    }
    if (response.status === 429) return setError("errors.rateLimited");
    const body = (await response.json().catch(() => ({}))) as { code?: string };
    setError(authErrors[body.code ?? ""] ?? "auth.wrongCredentials");
  }

  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <Card title={t("auth.signInTitle")}>
        <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-4">
          <ErrorBanner>{error ? t(error) : linkError && t("auth.magicLink.failed")}</ErrorBanner>
          <TextInput
            label={t("auth.email")}
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            isRequired
            dir="ltr"
          />
          <TextInput
            label={t("auth.password")}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            isRequired
          />
          <Button type="submit" isDisabled={pending}>
            {t("auth.signIn")}
          </Button>
        </ServerValidatedForm>
        <div className="mt-6 border-t border-slate-200 pt-4">
          <SignInLinkForm returnTo={redirect ?? "/my/applications"} email={email} />
        </div>
        <p className="mt-4 text-sm text-slate-600">
          {t("auth.noAccount")}{" "}
          <Link to="/sign-up" search={{ redirect }} className="font-medium text-brand-700 hover:underline">
            {t("auth.createAccount")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
