/** An invitation link: which organization invites which email with what role, and how to answer it. */
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import type { InferResponseType } from "hono/client";
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { ApiError, api, unwrap } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMe } from "../../session.ts";
import { Card } from "../../ui/layout.tsx";
import { AcceptAsSignedIn, JoinWithNewAccount, SignedInAsSomeoneElse, SignInToAccept } from "./invitation-answers.tsx";

type Invitation = InferResponseType<(typeof api.api.invitations)[":token"]["$get"], 200>;

export function InvitationPage() {
  const { token } = useParams({ from: "/invite/$token" });
  const invitation = useQuery({
    queryKey: ["invitation", token],
    queryFn: async () => unwrap(await api.api.invitations[":token"].$get({ param: { token } })),
  });
  return (
    <div className="mx-auto max-w-lg px-4 py-16">
      {invitation.data && <InvitationOffer token={token} invitation={invitation.data} />}
      {invitation.error && <UnusableInvitation reason={unusableReason(invitation.error)} />}
    </div>
  );
}

function InvitationOffer({ token, invitation }: { token: string; invitation: Invitation }) {
  const t = useT();
  const format = useFormat();
  const me = useMe();
  if (me.isPending) return null;
  const organization = format.text(invitation.organizationName);
  const signedInEmail = me.data?.user.email.toLowerCase();
  return (
    <Card title={t("invite.title", { organization })}>
      <div className="flex flex-col gap-5">
        <p className="text-slate-700">
          {t("invite.summary", { organization, email: invitation.email, role: t(`roles.${invitation.role}`) })}
        </p>
        {signedInEmail === invitation.email && <AcceptAsSignedIn token={token} />}
        {signedInEmail && signedInEmail !== invitation.email && (
          <SignedInAsSomeoneElse token={token} invitedEmail={invitation.email} signedInEmail={signedInEmail} />
        )}
        {!signedInEmail && invitation.hasAccount && <SignInToAccept token={token} email={invitation.email} />}
        {!signedInEmail && !invitation.hasAccount && <JoinWithNewAccount token={token} email={invitation.email} />}
      </div>
    </Card>
  );
}

/** The server says why a link cannot be used: expired, used, revoked; anything else is an incomplete link. */
function unusableReason(error: Error): MessageKey {
  const code = error instanceof ApiError ? error.code : "";
  if (code === "errors.invitationExpired") return "invite.expired";
  if (code === "errors.invitationUsed" || code === "errors.invitationRevoked") return code;
  return "invite.unusable";
}

function UnusableInvitation({ reason }: { reason: MessageKey }) {
  const t = useT();
  return (
    <Card title={t(reason === "invite.expired" ? "invite.expiredTitle" : "invite.unusableTitle")}>
      <p className="text-slate-700">{t(reason)}</p>
      <Link to="/" className="mt-4 inline-block font-semibold text-brand-700 hover:underline">
        {t("invite.home")}
      </Link>
    </Card>
  );
}
