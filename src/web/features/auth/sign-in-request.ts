/** Signs in through better-auth's email endpoint; the session cookie arrives with the response. */
export function requestSignIn(email: string, password: string) {
  return fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
}
