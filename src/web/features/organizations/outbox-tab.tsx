/** Email the organization has queued or sent; without SMTP this is where admins pick up invitation links. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Disclosure, DisclosurePanel, Heading } from "react-aria-components";
import { api, unwrap } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button as ActionButton, ErrorBanner } from "../../ui/controls.tsx";
import { Badge, EmptyState } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";

const statusTones = { pending: "amber", sent: "green", failed: "red" } as const;

export function OutboxTab({ orgId }: { orgId: string }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const outbox = useQuery({
    queryKey: ["outbox", orgId],
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].outbox.$get({ param: { orgId } })),
  });
  const resend = useMutation({
    mutationFn: async (messageId: string) =>
      unwrap(await api.api.orgs[":orgId"].outbox[":messageId"].resend.$post({ param: { orgId, messageId } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["outbox", orgId] }),
  });
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t("outbox.intro")}</p>
      <p className="text-sm text-slate-600">{t("outbox.delivery")}</p>
      <ErrorBanner>{problemText(resend.error)}</ErrorBanner>
      {outbox.data?.length === 0 && <EmptyState>{t("outbox.empty")}</EmptyState>}
      <ul className="flex flex-col gap-2">
        {outbox.data?.map((message) => (
          <li key={message.id}>
            <Disclosure className="group rounded-lg border border-slate-200 bg-white">
              <Heading level={3}>
                <Button
                  slot="trigger"
                  className="grid w-full grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1 px-4 py-3 text-start text-sm outline-none focus-visible:ring-2 focus-visible:ring-brand-600 sm:grid-cols-[auto_14rem_1fr_auto_auto]"
                >
                  <span
                    aria-hidden="true"
                    className="inline-block text-slate-400 transition group-data-expanded:rotate-90 rtl:-scale-x-100 rtl:group-data-expanded:-rotate-90"
                  >
                    ▸
                  </span>
                  <span dir="ltr" className="truncate text-start font-medium">
                    {message.recipient}
                  </span>
                  <span
                    dir="auto"
                    lang={message.locale}
                    className="col-start-2 truncate text-start text-slate-700 sm:col-start-auto"
                  >
                    {message.subject}
                  </span>
                  <span className="col-start-2 sm:col-start-auto">
                    <Badge tone={statusTones[message.status]}>{t(`outbox.status.${message.status}`)}</Badge>
                  </span>
                  <time
                    dateTime={message.createdAt}
                    className="col-start-2 whitespace-nowrap text-slate-500 sm:col-start-auto"
                  >
                    {format.dateTime(message.createdAt)}
                  </time>
                </Button>
              </Heading>
              <DisclosurePanel>
                <p
                  dir="auto"
                  lang={message.locale}
                  className="whitespace-pre-wrap break-words border-t border-slate-100 px-4 py-3 text-sm text-slate-800"
                >
                  {message.body}
                </p>
                <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 px-4 py-3 text-sm text-slate-600">
                  <span>{t("outbox.attempts", { count: message.attempts })}</span>
                  {message.sentAt && <span>{t("outbox.sentAt", { date: format.dateTime(message.sentAt) })}</span>}
                  {message.lastError && (
                    <span className="text-red-700">
                      {t("outbox.lastError")} <span dir="ltr">{message.lastError}</span>
                    </span>
                  )}
                  {message.status !== "pending" && (
                    <ActionButton
                      variant="secondary"
                      className="ms-auto"
                      isDisabled={resend.isPending}
                      onPress={() => resend.mutate(message.id)}
                    >
                      {t("outbox.resend")}
                    </ActionButton>
                  )}
                </div>
              </DisclosurePanel>
            </Disclosure>
          </li>
        ))}
      </ul>
    </div>
  );
}
