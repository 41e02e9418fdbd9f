/** The ways to answer an invitation, depending on who is signed in and whether the invited email has a login. */
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { api, unwrap } from "../../api-client.ts";
import { useT } from "../../i18n/i18n.tsx";
import { useSignOut } from "../../session.ts";
import { Button, ErrorBanner, TextInput } from "../../ui/controls.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { useOpenOrganization } from "../organizations/use-open-organization.ts";
import { NewPasswordInput } from "./new-password-input.tsx";
import { requestSignIn } from "./sign-in-request.ts";

async function accept(token: string, json: { name?: string; password?: string }) {
  const { organizationId } = await unwrap(await api.api.invitations[":token"].accept.$post({ param: { token }, json }));
  return organizationId;
}

/** The invited email has no login yet: a name and a password create one, which is then signed in. */
export function JoinWithNewAccount({ token, email }: { token: string; email: string }) {
  const t = useT();
  const problemText = useProblemText();
  const openOrganization = useOpenOrganization();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const join = useMutation({
    mutationFn: async () => {
      const organizationId = await accept(token, { name, password });
      await requestSignIn(email, password);
      return organizationId;
    },
    onSuccess: openOrganization,
  });

  return (
    <ServerValidatedForm onSubmit={() => join.mutate()} className="flex flex-col gap-4">
      <h2 className="font-semibold">{t("invite.createAccount")}</h2>
      <ErrorBanner>{problemText(join.error)}</ErrorBanner>
      <p className="text-sm text-slate-600">{t("invite.signInWith", { email })}</p>
      <TextInput
        label={t("invite.yourName")}
        autoComplete="name"
        value={name}
        onChange={setName}
        error={problemText(join.error, "name")}
        isRequired
      />
      <NewPasswordInput value={password} onChange={setPassword} error={problemText(join.error, "password")} />
      <Button type="submit" isDisabled={join.isPending}>
        {t("invite.join")}
      </Button>
    </ServerValidatedForm>
  );
}

/** Signed in with the invited email: one press joins. */
export function AcceptAsSignedIn({ token }: { token: string }) {
  const t = useT();
  const problemText = useProblemText();
  const openOrganization = useOpenOrganization();
  const join = useMutation({ mutationFn: () => accept(token, {}), onSuccess: openOrganization });
  return (
    <div className="flex flex-col gap-4">
      <ErrorBanner>{problemText(join.error)}</ErrorBanner>
      <Button onPress={() => join.mutate()} isDisabled={join.isPending}>
        {t("invite.accept")}
      </Button>
    </div>
  );
}

/** The invited email has a login: sign in with it and come back here. */
export function SignInToAccept({ token, email }: { token: string; email: string }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t("invite.signInFirst", { email })}</p>
      <Link to="/sign-in" search={{ redirect: `/invite/${token}` }} className={buttonClass()}>
        {t("invite.signInToAccept")}
      </Link>
    </div>
  );
}

/** Signed in with another email: the invitation cannot be accepted by this login. */
export function SignedInAsSomeoneElse(props: { token: string; invitedEmail: string; signedInEmail: string }) {
  const t = useT();
  const signOut = useSignOut();
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        {t("invite.wrongAccount", { invited: props.invitedEmail, current: props.signedInEmail })}
      </p>
      <Button variant="secondary" onPress={() => signOut(`/invite/${props.token}`)}>
        {t("invite.switchAccount")}
      </Button>
    </div>
  );
}
