import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A part of a page loaded when first shown (the 台账 entry forms, the notice about unreadable
 * data), so the page's first load stays small. Renders a short note while loading, or nothing
 * when `quiet`; says so if the part cannot load.
 */
export function lazyPart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, quiet = false): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyPart(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (C) return;
      (pending ??= load().then((m) => (loaded = m.default))).then((c) => setC(() => c), () => setFailed(true));
    }, []);
    if (failed) return <p role="alert">这部分没有加载成功，请检查网络后刷新本页。</p>;
    return C ? <C {...props} /> : quiet ? null : <p role="status">正在加载……</p>;
  };
}
