/** Tabs on React Aria Components: arrow keys move between tabs, each panel is labelled by its tab. */
import {
  Tab as AriaTab,
  TabList as AriaTabList,
  TabPanel as AriaTabPanel,
  Tabs as AriaTabs,
  type TabListProps,
  type TabPanelProps,
  type TabProps,
  type TabsProps,
} from "react-aria-components";

export function Tabs(props: TabsProps) {
  return <AriaTabs {...props} className="flex flex-col gap-5" />;
}

export function TabList<T extends object>(props: TabListProps<T>) {
  return <AriaTabList {...props} className="flex flex-wrap gap-1 border-b border-slate-200" />;
}

export function Tab(props: TabProps) {
  return (
    <AriaTab
      {...props}
      className="-mb-px cursor-default rounded-t-md border-b-2 border-transparent px-4 py-2 text-sm font-medium text-slate-600 outline-none hover:text-slate-900 data-focus-visible:ring-2 data-focus-visible:ring-brand-600 data-selected:border-brand-600 data-selected:text-brand-800"
    />
  );
}

export function TabPanel(props: TabPanelProps) {
  return (
    <AriaTabPanel
      {...props}
      className="rounded-md outline-none data-focus-visible:ring-2 data-focus-visible:ring-brand-600"
    />
  );
}
