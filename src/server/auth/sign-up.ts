/** Creating a login from our own flows (first-run setup, accepting an invitation) through better-auth. */
import { APIError } from "better-auth/api";
import { AppError, Conflict, invalidField } from "../http/errors.ts";
import type { Auth } from "./auth.ts";

export async function createLogin(auth: Auth, input: { name: string; email: string; password: string }) {
  try {
    const result = await auth.api.signUpEmail({ body: input });
    return result.user;
  } catch (error) {
    throw translateAuthError(error);
  }
}

function translateAuthError(error: unknown): unknown {
  if (!(error instanceof APIError)) return error;
  const code = (error.body as { code?: string } | undefined)?.code;
  if (code === "PASSWORD_TOO_SHORT") return invalidField("password", "errors.passwordTooShort", "The password is too short");
  if (code === "PASSWORD_TOO_LONG") return invalidField("password", "errors.passwordTooLong", "The password is too long");
  if (code?.startsWith("USER_ALREADY_EXISTS")) return new Conflict("errors.accountExists", "An account with this email exists");
  if (code === "INVALID_EMAIL") return invalidField("email", "errors.invalid_format", "Invalid email");
  return new AppError(400, "errors.validation", error.message);
}
