/** A password for a new login, with a hint about its strength; the server asks for at least 10 characters. */
import { useT } from "../../i18n/i18n.tsx";
import { TextInput } from "../../ui/controls.tsx";

const minimumLength = 10;

type Strength = "short" | "weak" | "fair" | "strong";

/** Length counts most: a long passphrase of plain words beats a short jumble of symbols. */
function strengthOf(password: string): Strength {
  if (password.length < minimumLength) return "short";
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(password)).length;
  const mixedCase = /\p{Lu}/u.test(password) && /\p{Ll}/u.test(password);
  const score = kinds + (mixedCase ? 1 : 0) + (password.length >= 14 ? 1 : 0) + (password.length >= 20 ? 1 : 0);
  if (score <= 1) return "weak";
  return score <= 3 ? "fair" : "strong";
}

const meter: Record<Strength, { filled: number; color: string }> = {
  short: { filled: 0, color: "" },
  weak: { filled: 1, color: "bg-red-500" },
  fair: { filled: 2, color: "bg-amber-500" },
  strong: { filled: 3, color: "bg-green-600" },
};

type NewPasswordInputProps = { value: string; onChange: (value: string) => void; error?: string };

export function NewPasswordInput({ value, onChange, error }: NewPasswordInputProps) {
  const t = useT();
  const strength = strengthOf(value);
  const hint =
    strength === "short"
      ? t("auth.passwordNeedsMore", { count: minimumLength - value.length })
      : t(`auth.passwordStrength.${strength}`);
  return (
    <div className="flex flex-col gap-1.5">
      <TextInput
        label={t("auth.password")}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={onChange}
        description={hint}
        error={error}
        isRequired
      />
      <div aria-hidden="true" className="grid grid-cols-3 gap-1">
        {[1, 2, 3].map((step) => (
          <span
            key={step}
            className={`h-1 rounded-full ${step <= meter[strength].filled ? meter[strength].color : "bg-slate-200"}`}
          />
        ))}
      </div>
    </div>
  );
}
