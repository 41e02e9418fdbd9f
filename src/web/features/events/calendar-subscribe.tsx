/**
 * Calendar subscriptions: the address of an organization's public calendar or of a cohort's private feed, to
 * open in a calendar app (webcal://) or copy.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { Input, Label, TextField } from "react-aria-components";
import { api, unwrap } from "../../api-client.ts";
import { useLocale, useT } from "../../i18n/i18n.tsx";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass, inputClass, labelClass } from "../../ui/styles.ts";

/** An organization's public events, for its public calendar page. */
export function OrganizationCalendarSubscribe({ slug }: { slug: string }) {
  const t = useT();
  const { locale } = useLocale();
  const url = new URL(`/api/public/orgs/${encodeURIComponent(slug)}/events.ics`, window.location.origin);
  url.searchParams.set("lang", locale);
  return <FeedAddress url={url.toString()} help={t("events.calendar.help")} />;
}

const feedKey = (orgId: string, cohortId: string) => ["events", orgId, "cohort-feed", cohortId] as const;

/** A cohort's private feed for its staff to share; `canRotate` (events.write) offers replacing a leaked address. */
export function CohortCalendarSubscribe({
  orgId,
  cohortId,
  canRotate,
}: {
  orgId: string;
  cohortId: string;
  canRotate: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const feedRoutes = api.api.orgs[":orgId"].cohorts[":cohortId"]["calendar-feed"];
  const feed = useQuery({
    queryKey: feedKey(orgId, cohortId),
    queryFn: async () => unwrap(await feedRoutes.$get({ param: { orgId, cohortId } })),
  });
  const rotate = useMutation({
    mutationFn: async () => unwrap(await feedRoutes.rotate.$post({ param: { orgId, cohortId } })),
    onSuccess: (fresh) => queryClient.setQueryData(feedKey(orgId, cohortId), fresh),
  });
  const error = feed.error ?? rotate.error;
  if (error) return <ErrorBanner>{problemText(error)}</ErrorBanner>;
  if (!feed.data) return null;
  const url = new URL(feed.data.url);
  url.searchParams.set("lang", locale);
  return (
    <FeedAddress url={url.toString()} help={t("events.calendar.cohortHelp")}>
      {canRotate && (
        <div>
          <ConfirmButton
            label={t("events.calendar.rotate")}
            title={t("events.calendar.rotateTitle")}
            message={t("events.calendar.rotateMessage")}
            confirmLabel={t("events.calendar.rotate")}
            cancelLabel={t("events.calendar.cancel")}
            onConfirm={() => rotate.mutate()}
            isDisabled={rotate.isPending}
          />
        </div>
      )}
    </FeedAddress>
  );
}

/** Opens the address in the calendar app, or copies it for "subscribe from URL". */
function FeedAddress({ url, help, children }: { url: string; help: string; children?: ReactNode }) {
  const t = useT();
  const titleId = useId();
  const [copied, setCopied] = useState(false);
  const webcal = url.replace(/^https?:/, "webcal:");
  async function copy() {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  }
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-2">
      <h2 id={titleId} className="text-lg font-semibold">
        {t("events.calendar.title")}
      </h2>
      <p className="text-sm text-slate-600">{help}</p>
      <div className="flex flex-wrap items-end gap-2">
        <TextField value={url} isReadOnly className="flex min-w-0 flex-1 flex-col gap-1">
          <Label className={labelClass}>{t("events.calendar.address")}</Label>
          {/* An address reads left to right in every language. */}
          <Input dir="ltr" className={`${inputClass} font-mono text-xs`} onFocus={(event) => event.target.select()} />
        </TextField>
        <Button variant="secondary" onPress={copy}>
          {t("events.calendar.copy")}
        </Button>
        <a href={webcal} className={buttonClass("primary")}>
          {t("events.calendar.subscribe")}
        </a>
      </div>
      <p role="status" className="text-xs text-green-700">
        {copied ? t("events.calendar.copied") : ""}
      </p>
      {children}
    </section>
  );
}
