/** A titled modal dialog (React Aria) opened by the button placed before it inside a DialogTrigger. */
import type { ReactNode } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";

export function ModalDialog({ title, children }: { title: string; children: (close: () => void) => ReactNode }) {
  return (
    <ModalOverlay
      isDismissable
      className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/40 p-4 sm:pt-[10vh]"
    >
      <Modal className="w-full max-w-lg rounded-lg bg-white p-6 shadow-xl">
        <Dialog className="outline-none">
          {({ close }) => (
            <>
              <Heading slot="title" className="mb-4 text-lg font-semibold text-slate-900">
                {title}
              </Heading>
              {children(close)}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
