/** The stage's interview slots for staff: open slots, book the stage's applications into them, move and cancel. */
import { useState } from "react";
import { DialogTrigger } from "react-aria-components";
import { useIntl } from "react-intl";
import { slotTimeFormat } from "../../../shared/slot-time.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Button, ErrorBanner, Notice, SelectInput, TextInput } from "../../ui/controls.tsx";
import { DateTimeInputField } from "../../ui/date-fields.tsx";
import { InlineSelect } from "../../ui/inline-select.tsx";
import { Badge, EmptyState } from "../../ui/layout.tsx";
import { ModalDialog } from "../../ui/modal-dialog.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { isolate } from "../programs/bidi-isolate.ts";
import type { RankedApplication } from "./use-review-queries.ts";
import {
  type InterviewSlot,
  type SlotValues,
  useBookInterview,
  useCancelInterview,
  useCreateSlot,
  useDeleteSlot,
  useEditSlot,
  useFillSlots,
  useRebookInterview,
  useStageSlots,
} from "./use-slot-queries.ts";

type PanelProps = { orgId: string; stageId: string; applications: RankedApplication[] };

export function StageSlotsPanel({ orgId, stageId, applications }: PanelProps) {
  const t = useT();
  const problemText = useProblemText();
  const slots = useStageSlots(orgId, stageId);
  const fill = useFillSlots(orgId, stageId);
  if (slots.error) return <ErrorBanner>{problemText(slots.error)}</ErrorBanner>;
  if (!slots.data) return null;
  const { timeZone } = slots.data;
  const booked = new Set(slots.data.slots.flatMap((slot) => slot.bookings.map((booking) => booking.applicationId)));
  const waiting = applications.filter(
    (application) => application.status === "submitted" && !booked.has(application.applicationId),
  );
  return (
    <section aria-labelledby="stage-slots" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="stage-slots" className="text-lg font-semibold text-slate-900">
            {t("slots.title")}
          </h2>
          <p className="text-sm text-slate-500">{t("slots.timeZone", { timeZone })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            isDisabled={fill.isPending || waiting.length === 0 || slots.data.slots.length === 0}
            onPress={() => fill.mutate()}
          >
            {t("slots.fill")}
          </Button>
          <NewSlot orgId={orgId} stageId={stageId} timeZone={timeZone} />
        </div>
      </div>
      <ErrorBanner>{problemText(fill.error)}</ErrorBanner>
      {fill.isSuccess && <Notice>{t("slots.filled", { count: fill.data.booked })}</Notice>}
      {slots.data.slots.length === 0 ? (
        <EmptyState>{t("slots.empty")}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {slots.data.slots.map((slot) => (
            <SlotCard
              key={slot.id}
              orgId={orgId}
              stageId={stageId}
              timeZone={timeZone}
              slot={slot}
              others={slots.data.slots.filter((other) => other.id !== slot.id)}
              waiting={waiting}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function NewSlot({ orgId, stageId, timeZone }: { orgId: string; stageId: string; timeZone: string }) {
  const t = useT();
  const create = useCreateSlot(orgId, stageId);
  return (
    <DialogTrigger onOpenChange={() => create.reset()}>
      <Button>{t("slots.new")}</Button>
      <ModalDialog title={t("slots.newTitle")}>
        {(close) => (
          <SlotForm
            timeZone={timeZone}
            submitLabel={t("slots.create")}
            mutation={create}
            onSubmit={(values) => create.mutate(values, { onSuccess: close })}
            onCancel={close}
          />
        )}
      </ModalDialog>
    </DialogTrigger>
  );
}

const emptySlot: SlotValues = { startsAt: "", endsAt: "", place: "", onlineUrl: "", capacity: 1, note: "" };

function SlotForm({
  timeZone,
  initial = emptySlot,
  submitLabel,
  mutation,
  onSubmit,
  onCancel,
}: {
  timeZone: string;
  initial?: SlotValues;
  submitLabel: string;
  mutation: { error: unknown; isPending: boolean };
  onSubmit: (values: SlotValues) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const problemText = useProblemText();
  const [values, setValues] = useState(initial);
  const set = (patch: Partial<SlotValues>) => setValues({ ...values, ...patch });
  const fieldError = (field: string) => problemText(mutation.error, field);
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          ...values,
          place: values.place || null,
          onlineUrl: values.onlineUrl || null,
          note: values.note || null,
          capacity: values.capacity ?? Number.NaN,
        });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <DateTimeInputField
          label={t("slots.startsAt")}
          value={values.startsAt}
          onChange={(startsAt) => set({ startsAt })}
          timeZone={timeZone}
          isRequired
          error={fieldError("startsAt")}
        />
        <DateTimeInputField
          label={t("slots.endsAt")}
          value={values.endsAt}
          onChange={(endsAt) => set({ endsAt })}
          timeZone={timeZone}
          isRequired
          error={fieldError("endsAt")}
        />
      </div>
      <TextInput
        label={t("slots.place")}
        value={values.place ?? ""}
        onChange={(place) => set({ place })}
        error={fieldError("place")}
      />
      <TextInput
        label={t("slots.onlineUrl")}
        type="url"
        dir="ltr"
        value={values.onlineUrl ?? ""}
        onChange={(onlineUrl) => set({ onlineUrl })}
        error={fieldError("onlineUrl")}
      />
      <NumberInput
        label={t("slots.capacity")}
        value={values.capacity ?? null}
        onChange={(capacity) => set({ capacity: capacity ?? undefined })}
        minValue={1}
        formatOptions={{ maximumFractionDigits: 0 }}
        error={fieldError("capacity")}
      />
      <TextInput
        label={t("slots.note")}
        multiline
        value={values.note ?? ""}
        onChange={(note) => set({ note })}
        error={fieldError("note")}
      />
      <ErrorBanner>{problemText(mutation.error)}</ErrorBanner>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onPress={onCancel}>
          {t("reviews.cancel")}
        </Button>
        <Button type="submit" isDisabled={mutation.isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function SlotTime({ slot, timeZone }: { slot: InterviewSlot; timeZone: string }) {
  const intl = useIntl();
  return (
    <span className="font-medium text-slate-900">
      {intl.formatDateTimeRange(new Date(slot.startsAt), new Date(slot.endsAt), { ...slotTimeFormat, timeZone })}
    </span>
  );
}

function SlotCard({
  orgId,
  stageId,
  timeZone,
  slot,
  others,
  waiting,
}: {
  orgId: string;
  stageId: string;
  timeZone: string;
  slot: InterviewSlot;
  others: InterviewSlot[];
  waiting: RankedApplication[];
}) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const remove = useDeleteSlot(orgId, stageId);
  const rebook = useRebookInterview(orgId, stageId);
  const cancel = useCancelInterview(orgId, stageId);
  const full = slot.bookings.length >= slot.capacity;
  const movable = others.filter((other) => other.bookings.length < other.capacity);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white px-4 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-col items-start gap-0.5 text-sm">
          <SlotTime slot={slot} timeZone={timeZone} />
          {slot.place && <span dir="auto">{slot.place}</span>}
          {slot.onlineUrl && (
            <a href={slot.onlineUrl} className="text-brand-700 hover:underline" target="_blank" rel="noreferrer">
              {t("slots.online")}
            </a>
          )}
          {slot.note && (
            <span className="text-slate-500" dir="auto">
              {slot.note}
            </span>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={full ? "amber" : "slate"}>
            {full ? t("slots.full") : t("slots.booked", { count: slot.bookings.length, capacity: slot.capacity })}
          </Badge>
          <EditSlot orgId={orgId} stageId={stageId} timeZone={timeZone} slot={slot} />
          <ConfirmButton
            label={t("slots.delete")}
            title={t("slots.delete")}
            message={t("slots.deleteMessage")}
            confirmLabel={t("slots.delete")}
            cancelLabel={t("slots.keep")}
            isDisabled={remove.isPending || slot.bookings.length > 0}
            onConfirm={() => remove.mutate(slot.id)}
          />
        </div>
      </div>
      {slot.bookings.length > 0 && (
        <ul className="flex flex-col divide-y divide-slate-100 border-t border-slate-100 text-sm">
          {slot.bookings.map((booking) => (
            <li key={booking.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <span className="font-medium" dir="auto">
                {booking.applicantName}
              </span>
              <div className="flex flex-wrap items-center gap-2">
                <InlineSelect
                  label={t("slots.moveLabel", { name: isolate(booking.applicantName) })}
                  options={[slot, ...movable].map((option) => ({
                    id: option.id,
                    label: format.dateTime(option.startsAt, timeZone),
                  }))}
                  value={slot.id}
                  isDisabled={rebook.isPending || movable.length === 0}
                  onChange={(slotId) => rebook.mutate({ bookingId: booking.id, slotId })}
                />
                <ConfirmButton
                  label={t("slots.cancelBooking")}
                  title={t("slots.cancelBooking")}
                  message={t("slots.cancelBookingMessage", { name: isolate(booking.applicantName) })}
                  confirmLabel={t("slots.cancelBooking")}
                  cancelLabel={t("slots.keep")}
                  isDisabled={cancel.isPending}
                  onConfirm={() => cancel.mutate(booking.id)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {!full && waiting.length > 0 && <BookInto orgId={orgId} stageId={stageId} slot={slot} waiting={waiting} />}
      <ErrorBanner>{problemText(remove.error) ?? problemText(rebook.error) ?? problemText(cancel.error)}</ErrorBanner>
    </li>
  );
}

function BookInto({
  orgId,
  stageId,
  slot,
  waiting,
}: {
  orgId: string;
  stageId: string;
  slot: InterviewSlot;
  waiting: RankedApplication[];
}) {
  const t = useT();
  const problemText = useProblemText();
  const book = useBookInterview(orgId, stageId);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) book.mutate({ applicationId: chosen, slotId: slot.id }, { onSuccess: () => setChosen(null) });
      }}
    >
      <SelectInput
        label={t("slots.choose")}
        className="min-w-56"
        options={waiting.map((application) => ({ id: application.applicationId, label: application.applicantName }))}
        value={chosen}
        onChange={setChosen}
        error={problemText(book.error, "applicationId")}
      />
      <Button type="submit" isDisabled={!chosen || book.isPending}>
        {t("slots.book")}
      </Button>
      <div className="basis-full">
        <ErrorBanner>{problemText(book.error)}</ErrorBanner>
      </div>
    </form>
  );
}

function EditSlot({
  orgId,
  stageId,
  timeZone,
  slot,
}: {
  orgId: string;
  stageId: string;
  timeZone: string;
  slot: InterviewSlot;
}) {
  const t = useT();
  const edit = useEditSlot(orgId, stageId);
  return (
    <DialogTrigger onOpenChange={() => edit.reset()}>
      <Button variant="secondary" className="px-3 py-1">
        {t("slots.edit")}
      </Button>
      <ModalDialog title={t("slots.editTitle")}>
        {(close) => (
          <SlotForm
            timeZone={timeZone}
            initial={{
              startsAt: slot.startsAt,
              endsAt: slot.endsAt,
              place: slot.place,
              onlineUrl: slot.onlineUrl,
              capacity: slot.capacity,
              note: slot.note,
            }}
            submitLabel={t("slots.save")}
            mutation={edit}
            onSubmit={(json) => edit.mutate({ slotId: slot.id, json }, { onSuccess: close })}
            onCancel={close}
          />
        )}
      </ModalDialog>
    </DialogTrigger>
  );
}
