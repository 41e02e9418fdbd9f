/** Creating a login from our own flows (first-run setup, accepting an invitation) through better-auth. */
import { APIError } from "better-auth/api";
import { AppError, Conflict, invalidField } from "../http/errors.ts";
import type { Auth } from "./auth.ts";

/** `fieldPrefix` is where the name, email and password sit in the request body ("json.owner" in setup). */
export async function createLogin(
  auth: Auth,
  input: { name: string; email: string; password: string },
  fieldPrefix = "json",
) {
  try {
    const result = await auth.api.signUpEmail({ body: input });
    return result.user;
  } catch (error) {
    throw translateAuthError(error, fieldPrefix);
  }
}

function translateAuthError(error: unknown, fieldPrefix: string): unknown {
  if (!(error instanceof APIError)) return error;
  const code = (error.body as { code?: string } | undefined)?.code;
  const field = (name: string) => `${fieldPrefix}.${name}`;
  if (code === "PASSWORD_TOO_SHORT")
    return invalidField(field("password"), "errors.passwordTooShort", "The password is too short");
  if (code === "PASSWORD_TOO_LONG")
    return invalidField(field("password"), "errors.passwordTooLong", "The password is too long");
  if (code?.startsWith("USER_ALREADY_EXISTS")) {
    return new Conflict("errors.accountExists", "An account with this email exists", [
      { path: field("email"), code: "errors.accountExists", message: "An account with this email exists" },
    ]);
  }
  if (code === "INVALID_EMAIL") return invalidField(field("email"), "errors.invalid_format", "Invalid email");
  return new AppError(400, "errors.validation", error.message);
}
