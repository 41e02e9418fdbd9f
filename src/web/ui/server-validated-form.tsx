/**
 * A form the server validates. Its field issues mark inputs without blocking the next submit (native validation
 * would keep a stale issue as the input's custom validity), and every message comes from the catalogs rather than
 * from the browser in its own language.
 */
import { Form, type FormProps } from "react-aria-components";

export function ServerValidatedForm(props: FormProps) {
  return <Form {...props} validationBehavior="aria" />;
}
