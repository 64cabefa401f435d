import { type ComponentType, useRef, useState } from 'react';

/** What the loaded popup is told about the time before it came. */
export interface DeferredPopupProps {
  /** The header button, to be wrapped by the popup's trigger. */
  button: React.ReactElement;
  /** Pressed (or pointed at, for a hover popup) while the code was on its way: open at once. */
  initiallyOpen: boolean;
}

/**
 * A header button whose popup (a dropdown, a popover) is a chunk of its own, fetched when the
 * button is first pointed at, touched, focused or pressed, so the first page of a phone does not
 * wait for Ant Design's trigger code (Dropdown and Popover bring the form context, ≈ 14 KB gzip).
 *
 * The button is drawn at once. Until the chunk has arrived it stays the same element: the popup
 * replaces it once, when loaded (not through a Suspense fallback, which would replace it twice and
 * lose a click whose press and release fell on different elements). A press before then, counted
 * from pointerdown for that reason, opens the popup as it arrives; the keyboard's focus moves to
 * the new button. `openOnHover`: a hover popup also opens when the pointer is still on the button.
 */
export function useDeferredPopup<P extends DeferredPopupProps>(
  load: () => Promise<ComponentType<P>>,
  openOnHover: boolean,
) {
  const [Popup, setPopup] = useState<{ component: ComponentType<P>; focus: boolean } | null>(null);
  const [pressed, setPressed] = useState(false);
  const [hovered, setHovered] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const started = useRef(false);
  const fetch = () => {
    if (started.current) return;
    started.current = true;
    load().then(
      (component) => setPopup({ component, focus: document.activeElement === button.current }),
      // A failed fetch (offline) is tried again on the next gesture.
      () => {
        started.current = false;
      },
    );
  };
  const press = () => {
    setPressed(true);
    fetch();
  };
  return {
    Popup: Popup?.component ?? null,
    initiallyOpen: pressed || (openOnHover && hovered),
    /** Spread on the button. */
    buttonProps: {
      ref: button,
      autoFocus: Popup?.focus || undefined,
      onPointerEnter: () => {
        setHovered(true);
        fetch();
      },
      onPointerLeave: () => setHovered(false),
      onPointerDown: press,
      onFocus: fetch,
      // The keyboard's Enter and Space arrive as a click without a pointerdown.
      onClick: press,
    },
  };
}
