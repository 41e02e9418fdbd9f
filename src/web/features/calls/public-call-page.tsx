/**
 * One call for the public: what it is, its deadline, and its application form for a signed-in applicant. A visitor
 * creates an account right here (or signs in and comes back) and goes on to the form, or to the draft they saved.
 */
import { Link, useParams } from "@tanstack/react-router";
import { useRef } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMe } from "../../session.ts";
import { ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Card } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { SignInLinkForm } from "../auth/sign-in-link.tsx";
import { SignUpForm } from "../auth/sign-up-form.tsx";
import { ApplicationForm } from "./application-form.tsx";
import { ApplicationStatusBadge } from "./call-status.tsx";
import { Deadline } from "./deadline.tsx";
import { type PublicCall, useMyApplication, useMyApplications, usePublicCall } from "./use-application-queries.ts";

export function PublicCallPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { callId } = useParams({ from: "/calls/$callId" });
  const call = usePublicCall(callId);
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Link to="/calls" className="text-sm text-brand-700 hover:underline">
        {t("calls.public.back")}
      </Link>
      <ErrorBanner>{problemText(call.error)}</ErrorBanner>
      {call.data && (
        <>
          <header className="flex flex-col gap-2">
            <p className="text-sm text-slate-500">{format.text(call.data.organization.name)}</p>
            <h1 className="text-2xl font-semibold text-slate-900">{format.text(call.data.title)}</h1>
            <Deadline closesAt={call.data.closesAt} organizationTimeZone={call.data.organization.timeZone} />
          </header>
          {call.data.description && (
            <p className="whitespace-pre-wrap text-slate-800">{format.text(call.data.description)}</p>
          )}
          <Apply call={call.data} />
        </>
      )}
    </main>
  );
}

function Apply({ call }: { call: PublicCall }) {
  const t = useT();
  // Once the form is on the page it stays there: saving and submitting change the applicant's list of applications,
  // which must not swap the form (and its answers and refusals) for the summary shown to someone who applied already.
  const formShown = useRef(false);
  const me = useMe();
  const mine = useMyApplications(!!me.data);
  const existing = mine.data?.find(
    (application) => application.callId === call.id && application.status !== "withdrawn",
  );
  const draft = useMyApplication(existing?.status === "draft" ? existing.id : undefined);
  const form = (
    <Card title={t("calls.public.applyTitle")}>
      <ApplicationForm call={call} draft={draft.data} />
    </Card>
  );
  if (formShown.current) return form;
  if (me.isPending) return null;
  if (!me.data) {
    return (
      <Card title={t("calls.public.applyTitle")}>
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-700">{t("calls.public.signUpToApply")}</p>
          {/* Signed up means signed in: the account query refreshes and this card becomes the form. */}
          <SignUpForm onSignedUp={() => undefined} />
          <p className="border-t border-slate-200 pt-4 text-sm text-slate-600">
            {t("auth.haveAccount")}{" "}
            <Link
              to="/sign-in"
              search={{ redirect: `/calls/${call.id}` }}
              className="font-medium text-brand-700 hover:underline"
            >
              {t("calls.public.signIn")}
            </Link>
          </p>
          <SignInLinkForm returnTo={`/calls/${call.id}`} callId={call.id} />
        </div>
      </Card>
    );
  }
  if (existing && existing.status !== "draft") {
    return (
      <Notice>
        <span className="me-2">{t("calls.public.alreadyApplied")}</span>
        <ApplicationStatusBadge status={existing.status} />{" "}
        <Link to="/my/applications" className="ms-2 font-medium underline">
          {t("applications.mine.title")}
        </Link>
      </Notice>
    );
  }
  if (!call.isOpen && !existing) return <Notice>{t("calls.public.notOpen")}</Notice>;
  if (mine.isPending || (existing && !draft.data)) return null;
  formShown.current = true;
  return form;
}
