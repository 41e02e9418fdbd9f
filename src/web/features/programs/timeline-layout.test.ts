import { describe, expect, test } from "vitest";
import { addDays, dateIn, daysBetween, layOutTimeline, monthTicks, stateOn } from "./timeline-layout.ts";

const cohort = { startsOn: "2026-09-01", endsOn: "2027-07-31" };
const phases = [
  { name: "recruitment", startsOn: "2026-09-01", endsOn: "2026-10-31" },
  { name: "launch", startsOn: "2026-11-01", endsOn: "2026-11-30" },
  { name: "training", startsOn: "2026-12-01", endsOn: "2027-02-28" },
  { name: "implementation", startsOn: "2027-03-01", endsOn: "2027-07-15" },
  { name: "closing", startsOn: "2027-07-16", endsOn: "2027-07-31" },
];

describe("timeline layout", () => {
  test("counts calendar days across month ends and leap years", () => {
    expect(daysBetween("2026-09-01", "2026-10-01")).toBe(30);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(addDays("2026-10-31", 1)).toBe("2026-11-01");
  });

  test("today is the date in the organization's time zone, not the viewer's", () => {
    const lateEveningUtc = new Date("2026-11-23T22:30:00Z");
    expect(dateIn("Asia/Jerusalem", lateEveningUtc)).toBe("2026-11-24");
    expect(dateIn("America/New_York", lateEveningUtc)).toBe("2026-11-23");
  });

  test("a phase is current on its first and last day", () => {
    expect(stateOn(phases[1], "2026-11-01")).toBe("current");
    expect(stateOn(phases[1], "2026-11-30")).toBe("current");
    expect(stateOn(phases[1], "2026-12-01")).toBe("done");
    expect(stateOn(phases[1], "2026-10-31")).toBe("upcoming");
  });

  test("phases fill the cohort proportionally and the launch is under way in late November", () => {
    const layout = layOutTimeline(cohort, phases, "2026-11-23");
    const widths = layout.segments.map((segment) => segment.width);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(100);
    expect(layout.segments[0].offset).toBe(0);
    expect(layout.segments[2].offset).toBeCloseTo((91 / 334) * 100);
    expect(layout.segments.map((segment) => segment.state)).toEqual([
      "done",
      "current",
      "upcoming",
      "upcoming",
      "upcoming",
    ]);
    expect(layout.lanes).toBe(1);
    expect(layout.todayOffset).toBeCloseTo((83.5 / 334) * 100);
  });

  test("there is no today marker before or after the cohort", () => {
    expect(layOutTimeline(cohort, phases, "2026-08-31").todayOffset).toBeNull();
    expect(layOutTimeline(cohort, phases, "2027-08-01").todayOffset).toBeNull();
  });

  test("overlapping phases go on a second lane", () => {
    const overlapping = [
      phases[2],
      { name: "initiative design", startsOn: "2027-01-01", endsOn: "2027-03-31" },
      phases[4],
    ];
    expect(layOutTimeline(cohort, overlapping, "2026-11-23").segments.map((segment) => segment.lane)).toEqual([
      0, 1, 0,
    ]);
  });

  test("the axis marks each month that begins inside the cohort", () => {
    const ticks = monthTicks({ startsOn: "2026-09-15", endsOn: "2026-12-31" });
    expect(ticks.map((tick) => tick.date)).toEqual(["2026-10-01", "2026-11-01", "2026-12-01"]);
    expect(monthTicks(cohort).map((tick) => tick.date)).toHaveLength(11);
    expect(monthTicks({ startsOn: "2026-01-01", endsOn: "2028-12-31" })).toHaveLength(12);
  });
});
