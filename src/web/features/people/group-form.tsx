/** The fields of a group, for forming one or editing it; the server's refusals land on the inputs. */
import { useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { SelectInput, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { type GroupKind, groupKinds } from "./people-search.ts";
import { RecordForm, type RecordFormProps } from "./record-form.tsx";
import type { Group, GroupInput } from "./use-group-queries.ts";

export function GroupForm({ group, onSave, ...frame }: RecordFormProps<GroupInput> & { group?: Group }) {
  const t = useT();
  const problemText = useProblemText();
  const [name, setName] = useState(group?.name ?? "");
  const [kind, setKind] = useState<GroupKind>(group?.kind ?? "cso");
  const [city, setCity] = useState(group?.city ?? "");
  const [country, setCountry] = useState(group?.country ?? null);
  const [description, setDescription] = useState(group?.description ?? "");

  return (
    <RecordForm
      onSubmit={() => onSave({ name, kind, city: city || null, country, description: description || null })}
      {...frame}
    >
      <TextInput
        label={t("groups.field.name")}
        value={name}
        onChange={setName}
        error={problemText(frame.error, "name")}
        isRequired
      />
      <SelectInput
        label={t("groups.field.kind")}
        options={groupKinds.map((id) => ({ id, label: t(`groups.kind.${id}`) }))}
        value={kind}
        onChange={(value) => setKind(value as GroupKind)}
        error={problemText(frame.error, "kind")}
        isRequired
      />
      <TextInput
        label={t("people.field.city")}
        value={city}
        onChange={setCity}
        error={problemText(frame.error, "city")}
      />
      <CountryField
        label={t("people.field.country")}
        value={country}
        onChange={setCountry}
        error={problemText(frame.error, "country")}
      />
      <TextInput
        label={t("groups.field.description")}
        multiline
        value={description}
        onChange={setDescription}
        error={problemText(frame.error, "description")}
        className="sm:col-span-2"
      />
    </RecordForm>
  );
}
