/**
 * @jest-environment jsdom
 */
// jsdom has no Navigation API: this is the popstate-and-poll path.
import { POLL_MS, SETTLE_MS, watchAddress } from '../../src/content/address-watch';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it('calls back once the address changed and navigation settled, not for fragment jumps', () => {
  const onChange = jest.fn();
  const stop = watchAddress(window, onChange);
  history.pushState({}, '', '/world/story-one#comments');
  history.pushState({}, '', '/world/story-two');
  jest.advanceTimersByTime(POLL_MS + SETTLE_MS);
  expect(onChange).toHaveBeenCalledTimes(1);

  history.pushState({}, '', '/world/story-two#top');
  jest.advanceTimersByTime(3 * (POLL_MS + SETTLE_MS));
  expect(onChange).toHaveBeenCalledTimes(1);

  // Back button: popstate, then the settle delay.
  history.pushState({}, '', '/world/story-three');
  window.dispatchEvent(new PopStateEvent('popstate'));
  jest.advanceTimersByTime(SETTLE_MS);
  expect(onChange).toHaveBeenCalledTimes(2);

  stop();
  history.pushState({}, '', '/world/story-four');
  jest.advanceTimersByTime(3 * (POLL_MS + SETTLE_MS));
  expect(onChange).toHaveBeenCalledTimes(2);
});
