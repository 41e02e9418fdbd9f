/** Move up, move down and remove buttons for one row of an ordered editor (phases, form fields, review stages). */
import { Button } from "./controls.tsx";

type RowOrderActionsProps = {
  index: number;
  count: number;
  /** Accessible names, each naming the row (e.g. "Move phase 2 up"). */
  labels: { up: string; down: string; remove: string };
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  isRemoveDisabled?: boolean;
  className?: string;
};

export function RowOrderActions({
  index,
  count,
  labels,
  onMove,
  onRemove,
  isRemoveDisabled,
  className,
}: RowOrderActionsProps) {
  return (
    <div className={`flex gap-1 ${className ?? ""}`}>
      <Button
        variant="quiet"
        className="px-2"
        aria-label={labels.up}
        isDisabled={index === 0}
        onPress={() => onMove(-1)}
      >
        ↑
      </Button>
      <Button
        variant="quiet"
        className="px-2"
        aria-label={labels.down}
        isDisabled={index === count - 1}
        onPress={() => onMove(1)}
      >
        ↓
      </Button>
      <Button
        variant="quiet"
        className="px-2"
        aria-label={labels.remove}
        isDisabled={isRemoveDisabled}
        onPress={onRemove}
      >
        ✕
      </Button>
    </div>
  );
}

/** The list with the item at `index` swapped with its neighbour `by` places away. */
export function movedInList<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const reordered = [...list];
  [reordered[index], reordered[index + by]] = [reordered[index + by], reordered[index]];
  return reordered;
}
