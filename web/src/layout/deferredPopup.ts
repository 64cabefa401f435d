import { useState } from 'react';

/** Whether a deferred popup was asked for, and how: opened, and with the keyboard's focus. */
export interface PopupWanted {
  open: boolean;
  focus: boolean;
}

/**
 * A header button whose popup (a dropdown, a popover) is a chunk of its own, fetched when the
 * button is first pointed at, focused or pressed, so the first page of a phone does not wait for
 * Ant Design's trigger and menu code. The button is drawn at once; its props ask for the popup.
 * `openOnHover`: a hover popup opens as the pointer arrives, a click popup when pressed.
 */
export function useDeferredPopup(openOnHover: boolean) {
  const [wanted, setWanted] = useState<PopupWanted | null>(null);
  const want = (open: boolean, focus: boolean) =>
    setWanted((w) => ({ open: (w?.open ?? false) || open, focus: (w?.focus ?? false) || focus }));
  return {
    wanted,
    /** Spread on the button: its focus is kept when the loaded popup draws it again. */
    buttonProps: {
      autoFocus: wanted?.focus,
      onPointerEnter: () => want(openOnHover, false),
      onFocus: () => want(false, true),
      onClick: () => want(true, false),
    },
  };
}
