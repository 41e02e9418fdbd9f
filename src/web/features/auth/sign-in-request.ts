/** Signs in through better-auth's email endpoint; the session cookie arrives with the response. */
export function requestSignIn(email: string, password: string) {
  return fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
}

/** Creates a login through better-auth's email endpoint, which signs the new account in at once. */
export function requestSignUp(name: string, email: string, password: string) {
  return fetch("/api/auth/sign-up/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, email, password }),
  });
}
