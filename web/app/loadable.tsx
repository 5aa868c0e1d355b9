import { lazy, useState, type ComponentType } from 'react';

export interface Loadable<P extends object> {
  /** Fetches the chunk (once; later calls share it), e.g. ahead of the first render. */
  load: () => Promise<unknown>;
  /** Renders the chunk's component; suspends only while the chunk is still on its way. */
  Component: ComponentType<P>;
}

/**
 * A component in a chunk of its own. Unlike React.lazy alone, a chunk that has already arrived renders at once:
 * React.lazy suspends on its first render even then, and React holds a revealed Suspense boundary back for up to
 * 300 ms (its fallback throttle), which the landing page and its charts would otherwise wait for.
 */
export function loadable<P extends object>(importer: () => Promise<{ default: ComponentType<P> }>): Loadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<unknown> | undefined;
  const load = () => (pending ??= importer().then((module) => { loaded = module.default; }));
  const Lazy = lazy(() => load().then(() => ({ default: loaded! })));
  function Component(props: P) {
    // Chosen once per mount: switching type later would remount the page
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return { load, Component };
}
