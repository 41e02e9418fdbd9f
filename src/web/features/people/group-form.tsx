/** The fields of a group, for forming one or editing it; the server's refusals land on the inputs. */
import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, SelectInput, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { type GroupKind, groupKinds } from "./people-search.ts";
import { useApiErrors } from "./use-api-errors.ts";
import type { Group, GroupInput } from "./use-group-queries.ts";

export function GroupForm({
  group,
  onSave,
  onCancel,
  isPending,
  error,
}: {
  group?: Group;
  onSave: (input: GroupInput) => void;
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
}) {
  const t = useT();
  const errors = useApiErrors(error);
  const [name, setName] = useState(group?.name ?? "");
  const [kind, setKind] = useState<GroupKind>(group?.kind ?? "cso");
  const [city, setCity] = useState(group?.city ?? "");
  const [country, setCountry] = useState(group?.country ?? null);
  const [description, setDescription] = useState(group?.description ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({ name, kind, city: city || null, country, description: description || null });
  }

  // "aria" validation: the server's checks, in the viewer's language, replace the browser's own messages.
  return (
    <Form onSubmit={submit} validationBehavior="aria" className="flex flex-col gap-4">
      <ErrorBanner>{errors.banner}</ErrorBanner>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          label={t("groups.field.name")}
          value={name}
          onChange={setName}
          error={errors.field("name")}
          isRequired
        />
        <SelectInput
          label={t("groups.field.kind")}
          options={groupKinds.map((id) => ({ id, label: t(`groups.kind.${id}`) }))}
          value={kind}
          onChange={(value) => setKind(value as GroupKind)}
          error={errors.field("kind")}
          isRequired
        />
        <TextInput label={t("people.field.city")} value={city} onChange={setCity} error={errors.field("city")} />
        <CountryField
          label={t("people.field.country")}
          value={country}
          onChange={setCountry}
          error={errors.field("country")}
        />
        <TextInput
          label={t("groups.field.description")}
          multiline
          value={description}
          onChange={setDescription}
          error={errors.field("description")}
          className="sm:col-span-2"
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" isDisabled={isPending}>
          {t("people.save")}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t("people.cancel")}
        </Button>
      </div>
    </Form>
  );
}
