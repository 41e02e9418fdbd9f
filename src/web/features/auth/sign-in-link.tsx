/** "Email me a sign-in link": for applicants coming back to a draft without their password (or without one at all). */
import { useState } from "react";
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { useLocale, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, Notice, TextInput } from "../../ui/controls.tsx";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";

/**
 * Asks better-auth for a link to `returnTo` (a path in this app). The answer is the same whether or not the
 * address has an account, so the confirmation says "if". A link that fails comes back to the sign-in page.
 */
function requestSignInLink(email: string, returnTo: string, locale: string, callId?: string) {
  return fetch("/api/auth/sign-in/magic-link", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email,
      callbackURL: returnTo,
      errorCallbackURL: `/sign-in?${new URLSearchParams({ redirect: returnTo })}`,
      metadata: { locale, callId },
    }),
  });
}

/**
 * On the sign-in page the address typed for the password is used (`email` given); elsewhere the button opens a
 * field of its own, so a page with another email field (signing up) shows one until the person asks for a link.
 */
export function SignInLinkForm({ returnTo, callId, email }: { returnTo: string; callId?: string; email?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [ownEmail, setOwnEmail] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [pending, setPending] = useState(false);

  async function send(address: string) {
    if (!address.trim()) return setError("auth.invalidEmail");
    setPending(true);
    setError(null);
    const response = await requestSignInLink(address.trim(), returnTo, locale, callId);
    setPending(false);
    if (response.ok) return setSentTo(address.trim());
    setError(response.status === 429 ? "errors.rateLimited" : "auth.invalidEmail");
  }

  if (sentTo) return <Notice>{t("auth.magicLink.sent", { email: sentTo })}</Notice>;
  const button = (onPress?: () => void) => (
    <Button type={onPress ? "button" : "submit"} variant="secondary" isDisabled={pending} onPress={onPress}>
      {t("auth.magicLink.button")}
    </Button>
  );
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600">{t("auth.magicLink.hint")}</p>
      <ErrorBanner>{error && t(error)}</ErrorBanner>
      {email !== undefined ? (
        button(() => send(email))
      ) : ownEmail === null ? (
        button(() => setOwnEmail(""))
      ) : (
        <ServerValidatedForm onSubmit={() => send(ownEmail)} className="flex flex-col gap-3">
          <TextInput
            label={t("auth.email")}
            type="email"
            autoComplete="email"
            value={ownEmail}
            onChange={setOwnEmail}
            isRequired
            dir="ltr"
          />
          {button()}
        </ServerValidatedForm>
      )}
    </div>
  );
}
