/**
 * A button that asks before an action that cannot be undone (remove, revoke, leave). The dialog closes as the action
 * starts, so a refusal (the last owner cannot leave) shows in the page's own banner.
 */
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "./controls.tsx";

type ConfirmButtonProps = {
  label: string;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  isDisabled?: boolean;
};

export function ConfirmButton({
  label,
  title,
  message,
  confirmLabel,
  cancelLabel,
  onConfirm,
  isDisabled,
}: ConfirmButtonProps) {
  return (
    <DialogTrigger>
      <Button variant="danger" isDisabled={isDisabled} className="px-3 py-1">
        {label}
      </Button>
      <ModalOverlay isDismissable className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4">
        <Modal className="w-full max-w-md rounded-lg bg-white p-6 shadow-xl">
          <Dialog role="alertdialog" className="outline-none">
            {({ close }) => (
              <>
                <Heading slot="title" className="text-lg font-semibold text-slate-900">
                  {title}
                </Heading>
                <p className="mt-2 text-sm text-slate-600">{message}</p>
                <div className="mt-6 flex justify-end gap-2">
                  <Button variant="secondary" onPress={close} autoFocus>
                    {cancelLabel}
                  </Button>
                  <Button
                    variant="danger"
                    onPress={() => {
                      close();
                      onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
