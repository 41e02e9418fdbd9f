/**
 * A form the server validates. Its field issues mark inputs without blocking the next submit (native validation
 * would keep a stale issue as the input's custom validity), and every message comes from the catalogs rather than
 * from the browser in its own language. Submitting calls `onSubmit` and never reloads the page.
 */
import { Form, type FormProps } from "react-aria-components";

type ServerValidatedFormProps = Omit<FormProps, "onSubmit" | "validationBehavior"> & { onSubmit: () => void };

export function ServerValidatedForm({ onSubmit, ...props }: ServerValidatedFormProps) {
  return (
    <Form
      {...props}
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    />
  );
}
