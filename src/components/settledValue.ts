/**
 * The value of an input once the reader pauses: yields the current value at once, then again `delayMs` after
 * the last "input" event of a burst (dragging a slider fires dozens). Lets a page recompute something slow
 * (rank stability over 10,000 weight draws) once per adjustment instead of once per pixel, while cheap results
 * still follow the input directly. An async generator, so an Observable Framework cell can depend on it;
 * the listener is removed when the generator is closed (the page's cell is invalidated).
 *
 * @param input an element with a `value` that dispatches "input" events (an Inputs form or range)
 * @param delayMs quiet time after the last event, in milliseconds (≥ 0)
 * @throws {RangeError} for a negative or non-finite delay
 * @example for await (const weights of settledValue(form, 250)) score(weights);
 */
export async function* settledValue<T>(input: EventTarget & {value: T}, delayMs = 250): AsyncGenerator<T, void, undefined> {
  if (!(delayMs >= 0) || !Number.isFinite(delayMs)) throw new RangeError(`settledValue: delay ${delayMs} ms; expected a finite number ≥ 0`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | undefined;
  let pending = false;
  const onInput = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      pending = true;
      wake?.();
    }, delayMs);
  };
  input.addEventListener("input", onInput);
  try {
    yield input.value;
    for (;;) {
      if (!pending) await new Promise<void>((resolve) => (wake = resolve));
      pending = false;
      wake = undefined;
      yield input.value;
    }
  } finally {
    clearTimeout(timer);
    input.removeEventListener("input", onInput);
  }
}
