/**
 * The certificate of completion, on screen and on paper. It reads in the viewer's language and direction; the
 * learner's name and the course title are isolated (<bdi>) so a Latin or Georgian name keeps its order in Hebrew.
 */
import { Link, useParams } from "@tanstack/react-router";
import { useIntl } from "react-intl";
import { directionOf } from "../../../shared/i18n/locales.ts";
import { useFormat, useLocale, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass } from "../../ui/styles.ts";
import { useCertificate } from "./use-learning-queries.ts";

// The app's header stays on screen but not on paper; one landscape A4 page.
const printStyles = `
@page { size: A4 landscape; margin: 12mm; }
@media print {
  .min-h-screen > header { display: none !important; }
  body { background: white !important; }
  .certificate-sheet { box-shadow: none !important; }
}`;

export function CertificatePage() {
  const t = useT();
  const intl = useIntl();
  const format = useFormat();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const { enrollmentId } = useParams({ from: "/my/learning/$enrollmentId/certificate" });
  const certificate = useCertificate(enrollmentId);
  const data = certificate.data;
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8 print:p-0">
      <style>{printStyles}</style>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link to="/my/learning" className={buttonClass("secondary")}>
          {t("learning.mine.title")}
        </Link>
        {data && <Button onPress={() => window.print()}>{t("learning.certificate.print")}</Button>}
      </div>
      <ErrorBanner>{problemText(certificate.error)}</ErrorBanner>
      {data && (
        <article
          lang={locale}
          dir={directionOf(locale)}
          aria-label={t("learning.certificate.title")}
          className="certificate-sheet flex aspect-[297/210] flex-col items-center justify-center gap-5 rounded-lg border-8 border-double border-brand-700 bg-white p-10 text-center shadow-sm"
        >
          <p className="text-lg text-slate-600">
            <bdi>{format.text(data.organizationName, data.organizationLocale)}</bdi>
          </p>
          <h1 className="text-3xl font-semibold tracking-wide text-brand-800">{t("learning.certificate.title")}</h1>
          <p className="text-slate-700">{t("learning.certificate.certifies")}</p>
          <p className="border-b border-slate-400 px-8 pb-2 text-4xl font-semibold text-slate-900">
            <bdi>{data.learnerName}</bdi>
          </p>
          <p className="text-slate-700">{t("learning.certificate.completedCourse")}</p>
          <p className="text-2xl font-semibold text-slate-900">
            <bdi>{format.text(data.courseTitle, data.organizationLocale)}</bdi>
          </p>
          <p className="text-slate-700">
            {t("learning.certificate.completedOn", {
              date: intl.formatDate(data.completedAt, { dateStyle: "long" }),
            })}
          </p>
          <p className="mt-4 text-xs text-slate-500">
            {t("learning.certificate.verification")}{" "}
            <bdi dir="ltr" className="font-mono">
              {data.verificationCode}
            </bdi>
          </p>
        </article>
      )}
    </main>
  );
}
