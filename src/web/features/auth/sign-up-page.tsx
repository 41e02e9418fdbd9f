/** Create an account, then return to where the person came from (a call they want to apply to) or start at home. */
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { Card } from "../../ui/layout.tsx";
import { SignUpForm } from "./sign-up-form.tsx";

export function SignUpPage() {
  const t = useT();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: "/sign-up" });
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <Card title={t("auth.signUpTitle")}>
        <div className="flex flex-col gap-4">
          <SignUpForm onSignedUp={() => navigate({ to: redirect ?? "/" })} />
          <p className="text-sm text-slate-600">
            {t("auth.haveAccount")}{" "}
            <Link to="/sign-in" search={{ redirect }} className="font-medium text-brand-700 hover:underline">
              {t("auth.signIn")}
            </Link>
          </p>
        </div>
      </Card>
    </div>
  );
}
