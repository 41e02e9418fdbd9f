/** Class names for controls that look alike, so a control adds only what is its own. */

export const labelClass = "text-sm font-medium text-slate-700";

export const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 data-invalid:border-red-500";

const buttonVariants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 data-pressed:bg-brand-800",
  secondary: "bg-white text-slate-800 border border-slate-300 hover:bg-slate-100",
  danger: "bg-white text-red-700 border border-red-300 hover:bg-red-50",
  quiet: "text-brand-700 hover:bg-brand-50",
};

export type ButtonVariant = keyof typeof buttonVariants;

/** A button's look, also for links that lead somewhere (a page, a download) rather than act in place. */
export function buttonClass(variant: ButtonVariant = "primary") {
  return `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold outline-none transition focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:opacity-50 ${buttonVariants[variant]}`;
}

/** An outlined button on the dark top bar. */
export const topBarButtonClass =
  "rounded-md border border-white/30 px-3 py-1.5 text-sm text-white outline-none hover:bg-white/10 focus-visible:ring-2 focus-visible:ring-white";
