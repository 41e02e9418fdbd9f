/** A button that asks before doing something that cannot be undone (React Aria alert dialog). */
import type { ReactNode } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "./controls.tsx";

export function ConfirmDialog({
  triggerLabel,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  isPending,
}: {
  triggerLabel: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
}) {
  return (
    <DialogTrigger>
      <Button variant="danger">{triggerLabel}</Button>
      <ModalOverlay isDismissable className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4">
        <Modal className="w-full max-w-md rounded-lg bg-white p-6 shadow-xl">
          <Dialog role="alertdialog" className="outline-none">
            {({ close }) => (
              <>
                <Heading slot="title" className="text-lg font-semibold">
                  {title}
                </Heading>
                <div className="mt-2 text-sm text-slate-700">{children}</div>
                <div className="mt-6 flex justify-end gap-2">
                  <Button variant="secondary" onPress={close} autoFocus>
                    {cancelLabel}
                  </Button>
                  <Button variant="danger" isDisabled={isPending} onPress={onConfirm}>
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
